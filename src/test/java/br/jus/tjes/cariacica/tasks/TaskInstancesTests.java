package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import br.jus.tjes.cariacica.tasks.internal.TaskEngine;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskInstancesTests {

    private static final int TASKS = 300;

    private final TaskTestDatabase database = new TaskTestDatabase();

    private final Map<String, List<String>> runsById = new ConcurrentHashMap<>();

    private final List<Scheduler> schedulers = new ArrayList<>();

    @AfterEach
    void stop() {
        this.schedulers.forEach(Scheduler::stop);
        this.database.close();
    }

    private TaskEngine instance(String name) {
        var engine = this.database.engine(TaskTestDatabase.fastProperties(4),
                List.of(TestHandler.of("contar",
                        (context) -> this.runsById
                            .computeIfAbsent(context.payload(), (id) -> new CopyOnWriteArrayList<>())
                            .add(name))));
        var scheduler = engine.newScheduler(name);
        engine.wakeUp(scheduler);
        scheduler.start();
        this.schedulers.add(scheduler);
        return engine;
    }

    @Test
    void twoSchedulersOnOneDatabaseRunEachExecutionExactlyOnce() {
        var first = instance("instancia-1");
        var second = instance("instancia-2");
        var ids = new ArrayList<UUID>();

        for (int i = 0; i < TASKS; i++) {
            var engine = (i % 2 == 0) ? first : second;
            ids.add(engine.queue().enqueue(TaskRequest.of("contar", "tarefa-" + i)));
        }

        await().atMost(Duration.ofSeconds(60))
            .until(() -> this.database.jdbc.sql("select count(*) from task_run where state = 'SUCCEEDED'")
                .query(Integer.class)
                .single() == TASKS);
        assertThat(this.runsById).hasSize(TASKS);
        assertThat(this.runsById.values()).allSatisfy((runs) -> assertThat(runs).hasSize(1));
        var perInstance = this.runsById.values()
            .stream()
            .map((runs) -> runs.get(0))
            .collect(java.util.stream.Collectors.groupingBy((name) -> name, java.util.stream.Collectors.counting()));
        assertThat(perInstance).as("both instances took work").containsOnlyKeys("instancia-1", "instancia-2");
        assertThat(first.queue().status(ids.get(0)).orElseThrow().attempts()).isEqualTo(1);
        assertThat(this.database.jdbc.sql("select sum(attempts) from task_run").query(Integer.class).single())
            .isEqualTo(TASKS);
        assertThat(this.database.jdbc.sql("select count(*) from scheduled_tasks").query(Integer.class).single())
            .isZero();
    }

    /**
     * The recurring housekeeping on two instances: one schedule row, and each time it
     * falls due one of the two runs it, never both. Both schedulers poll all the time;
     * the test's clock decides when the task is due.
     */
    @Test
    void aRecurringTaskOnTwoInstancesRunsOnceEachTimeItIsDue() {
        var clock = new SettableClock();
        var runs = new CopyOnWriteArrayList<String>();
        for (String name : List.of("instancia-1", "instancia-2")) {
            RecurringTask report = new RecurringTask() {
                @Override
                public String name() {
                    return "relatorio-compartilhado";
                }

                @Override
                public RecurringSchedule schedule() {
                    return RecurringSchedule.every(Duration.ofHours(1));
                }

                @Override
                public void run() {
                    runs.add(name);
                }
            };
            var engine = this.database.engine(TaskTestDatabase.fastProperties(2), List.of(), List.of(report), clock);
            var scheduler = engine.newSchedulerBuilder(name).clock(clock).build();
            scheduler.start();
            this.schedulers.add(scheduler);
        }
        assertThat(this.database.jdbc
            .sql("select count(*) from scheduled_tasks where task_name = 'relatorio-compartilhado'")
            .query(Integer.class)
            .single()).as("one schedule for both instances").isOne();

        // A fixed-delay task is due as soon as it is first scheduled, then an hour after
        // each run.
        for (int due = 1; due <= 5; due++) {
            if (due > 1) {
                clock.tick(Duration.ofHours(1).plusSeconds(1));
            }
            Instant next = clock.now().plus(Duration.ofHours(1));
            // PostgreSQL keeps microseconds: "rescheduled an hour after this run" within
            // a millisecond.
            await().atMost(Duration.ofSeconds(30))
                .until(() -> Duration.between(nextRunOfSharedReport(), next).abs().toMillis() < 1);
            assertThat(runs).as("run %d", due).hasSize(due);
        }
        assertThat(this.database.jdbc
            .sql("select last_outcome from task_recurring_run where name = 'relatorio-compartilhado'")
            .query(String.class)
            .single()).isEqualTo("SUCCEEDED");
    }

    private Instant nextRunOfSharedReport() {
        return this.database.jdbc
            .sql("select execution_time from scheduled_tasks where task_name = 'relatorio-compartilhado'")
            .query(OffsetDateTime.class)
            .single()
            .toInstant();
    }

}
