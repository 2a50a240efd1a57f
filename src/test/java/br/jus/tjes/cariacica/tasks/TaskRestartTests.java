package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import br.jus.tjes.cariacica.tasks.internal.TaskEngine;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRestartTests {

    private final TaskTestDatabase database = new TaskTestDatabase();

    private final SettableClock clock = new SettableClock();

    private final List<String> runs = new ArrayList<>();

    private final AtomicBoolean reportFails = new AtomicBoolean();

    @AfterEach
    void close() {
        this.database.close();
    }

    private final RecurringTask report = new RecurringTask() {
        @Override
        public String name() {
            return "relatorio-teste";
        }

        @Override
        public RecurringSchedule schedule() {
            return RecurringSchedule.every(Duration.ofHours(1));
        }

        @Override
        public void run() {
            TaskRestartTests.this.runs.add("relatorio");
            if (TaskRestartTests.this.reportFails.get()) {
                throw new IllegalStateException("sem espaço em disco");
            }
        }
    };

    /**
     * One "process": an engine and a scheduler that runs due executions when told, on the
     * test's clock.
     */
    private ManualScheduler startInstance(TaskEngine engine) {
        return TestHelper.createManualScheduler(engine.schedulerDataSource(), engine.oneTimeTasks())
            .clock(this.clock)
            .startTasks(engine.recurringTasks())
            .start();
    }

    private TaskEngine engine() {
        return this.database.engine(TaskTestDatabase.fastProperties(1),
                List.of(TestHandler.of("agendada", (context) -> this.runs.add("agendada"))), List.of(this.report),
                this.clock);
    }

    private Instant nextRunOfReport() {
        return this.database.jdbc.sql("select execution_time from scheduled_tasks where task_name = 'relatorio-teste'")
            .query(OffsetDateTime.class)
            .single()
            .toInstant();
    }

    @Test
    void scheduledAndRecurringTasksSurviveARestartAndRecurringFailuresAreRecordedAndRescheduled() {
        var firstEngine = engine();
        startInstance(firstEngine);
        Instant firstRun = nextRunOfReport();
        UUID later = firstEngine.queue()
            .enqueue(TaskRequest.of("agendada").notBefore(this.clock.now().plus(Duration.ofHours(2))));

        // The first process goes away without running anything; a new one starts on the
        // same database.
        var engine = engine();
        var scheduler = startInstance(engine);

        assertThat(this.database.jdbc.sql("select count(*) from scheduled_tasks where task_name = 'relatorio-teste'")
            .query(Integer.class)
            .single()).as("one schedule, not one per start").isOne();
        assertThat(nextRunOfReport()).isEqualTo(firstRun);

        scheduler.runAnyDueExecutions();

        assertThat(this.runs).containsExactly("relatorio");
        assertThat(nextRunOfReport()).isEqualTo(this.clock.now().plus(Duration.ofHours(1)));
        assertThat(engine.queue().status(later).orElseThrow().state()).isEqualTo(TaskState.QUEUED);

        this.clock.tick(Duration.ofHours(2).plusSeconds(1));
        this.reportFails.set(true);
        scheduler.runAnyDueExecutions();

        assertThat(this.runs).containsExactlyInAnyOrder("relatorio", "relatorio", "agendada");
        assertThat(engine.queue().status(later).orElseThrow().state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(nextRunOfReport()).as("a failed run waits for its next time")
            .isEqualTo(this.clock.now().plus(Duration.ofHours(1)));
        assertThat(this.database.jdbc
            .sql("select last_outcome || ': ' || last_error from task_recurring_run where name = 'relatorio-teste'")
            .query(String.class)
            .single()).isEqualTo("FAILED: IllegalStateException: sem espaço em disco");
        assertThat(this.database.jdbc
            .sql("select consecutive_failures from scheduled_tasks where task_name = 'relatorio-teste'")
            .query(Integer.class)
            .single()).isOne();
    }

}
