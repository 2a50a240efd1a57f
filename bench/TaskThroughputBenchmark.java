import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import com.github.kagkarlsson.scheduler.SystemClock;

import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;
import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import br.jus.tjes.cariacica.tasks.TaskRequest;
import br.jus.tjes.cariacica.tasks.internal.TaskEngine;
import br.jus.tjes.cariacica.tasks.internal.TasksProperties;

/**
 * Throughput of the background task queue: trivial tasks through one instance with the production settings
 * (4 workers, lock-and-fetch, priorities) on the embedded PostgreSQL. Run with bench/tasks-throughput.sh.
 *
 * Two measurements: "backlog" (N tasks already queued when the scheduler starts: pure execution rate) and
 * "steady" (one thread enqueues N tasks while the scheduler runs them: enqueue plus execution, end to end).
 */
public class TaskThroughputBenchmark {

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        var server = EmbeddedPostgresServer.get();
        String database = "bench_tasks_" + System.currentTimeMillis();
        server.createDatabaseIfMissing(database);
        var config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(database));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(30);
        try (var dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            var jdbc = JdbcClient.create(dataSource);
            var done = new AtomicInteger();
            TaskHandler trivial = new TaskHandler() {
                @Override
                public String type() {
                    return "trivial";
                }

                @Override
                public void run(TaskContext context) {
                    done.incrementAndGet();
                }
            };
            var properties = new TasksProperties(true, 4, Duration.ofSeconds(5), Duration.ofSeconds(30), 6,
                    Duration.ofSeconds(30), "bench", ZoneId.of("America/Sao_Paulo"),
                    new TasksProperties.Retry(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30)),
                    new TasksProperties.Cleanup(LocalTime.of(3, 0), 15), Duration.ofDays(30));
            var engine = new TaskEngine(dataSource, new JdbcTransactionManager(dataSource), properties,
                    List.of(trivial), List.of(), new SimpleMeterRegistry(), new SystemClock());

            // Warm-up (JIT, connection pool), not measured.
            run(engine, jdbc, done, 300, false);

            report("backlog", tasks, run(engine, jdbc, done, tasks, true));
            report("steady ", tasks, run(engine, jdbc, done, tasks, false));
        }
        System.exit(0);
    }

    private static long run(TaskEngine engine, JdbcClient jdbc, AtomicInteger done, int tasks, boolean backlog)
            throws InterruptedException {
        jdbc.sql("delete from task_run").update();
        done.set(0);
        var scheduler = engine.newScheduler("bench");
        long start;
        if (backlog) {
            for (int i = 0; i < tasks; i++) {
                engine.queue().enqueue(TaskRequest.of("trivial", Integer.toString(i)));
            }
            start = System.nanoTime();
            engine.wakeUp(scheduler);
            scheduler.start();
        }
        else {
            engine.wakeUp(scheduler);
            scheduler.start();
            start = System.nanoTime();
            for (int i = 0; i < tasks; i++) {
                engine.queue().enqueue(TaskRequest.of("trivial", Integer.toString(i)));
            }
        }
        while (jdbc.sql("select count(*) from task_run where state = 'SUCCEEDED'").query(Integer.class).single() < tasks) {
            Thread.sleep(20);
        }
        long elapsed = System.nanoTime() - start;
        scheduler.stop();
        return elapsed;
    }

    private static void report(String label, int tasks, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%s: %d tasks in %.2f s = %.0f tasks/min%n", label, tasks, seconds, tasks / seconds * 60);
    }
}
