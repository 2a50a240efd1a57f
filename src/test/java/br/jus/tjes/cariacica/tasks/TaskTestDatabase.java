package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;
import br.jus.tjes.cariacica.tasks.internal.TaskEngine;
import br.jus.tjes.cariacica.tasks.internal.TasksProperties;
import com.github.kagkarlsson.scheduler.Clock;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A fresh, migrated database of its own on the embedded PostgreSQL, so the schedulers a
 * test starts see only that test's tasks (the application contexts of other tests run
 * their own schedulers on the shared database).
 */
public final class TaskTestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final HikariDataSource dataSource;

    public final JdbcClient jdbc;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    public TaskTestDatabase() {
        var server = EmbeddedPostgresServer.get();
        String name = "tasks_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + System.nanoTime();
        server.createDatabaseIfMissing(name);
        var config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(name));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(20);
        config.setMinimumIdle(0);
        config.setPoolName(name);
        this.dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load().migrate();
        this.jdbc = JdbcClient.create(this.dataSource);
    }

    /**
     * Short polls and heartbeats (a dead execution is noticed after 4 × 100 ms) and a
     * fast backoff.
     */
    public static TasksProperties fastProperties(int workers) {
        return properties(workers, new TasksProperties.Retry(Duration.ofMillis(20), 1.5, Duration.ofMillis(100)));
    }

    public static TasksProperties properties(int workers, TasksProperties.Retry retry) {
        return new TasksProperties(true, workers, Duration.ofMillis(100), Duration.ofMillis(100), 4,
                Duration.ofMillis(400), null, ZoneId.of("America/Sao_Paulo"), retry,
                new TasksProperties.Cleanup(LocalTime.of(3, 0), 15), Duration.ofDays(30));
    }

    public TaskEngine engine(TasksProperties properties, List<TaskHandler> handlers) {
        return engine(properties, handlers, new SystemClock());
    }

    public TaskEngine engine(TasksProperties properties, List<TaskHandler> handlers, Clock clock) {
        return engine(properties, handlers, List.of(), clock);
    }

    public TaskEngine engine(TasksProperties properties, List<TaskHandler> handlers, List<RecurringTask> recurring,
            Clock clock) {
        return new TaskEngine(this.dataSource, new JdbcTransactionManager(this.dataSource), properties, handlers,
                recurring, this.meters, clock);
    }

    DataSource dataSource() {
        return this.dataSource;
    }

    @Override
    public void close() {
        this.dataSource.close();
    }

}
