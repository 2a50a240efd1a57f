package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import br.jus.tjes.cariacica.tasks.internal.Backoff;
import br.jus.tjes.cariacica.tasks.internal.TasksProperties;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRetryBackoffTests {

    private final TaskTestDatabase database = new TaskTestDatabase();

    @AfterEach
    void close() {
        this.database.close();
    }

    @Test
    void pauseBetweenTriesStartsAtOneSecondGrowsByHalfAndNeverExceedsThirtySeconds() {
        var clock = new SettableClock();
        var properties = TaskTestDatabase.properties(1,
                new TasksProperties.Retry(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30)));
        var engine = this.database.engine(properties, List.of(new TestHandler("sempre-falha", 14, (context) -> {
            throw new IllegalStateException("falha " + context.attempt());
        })), clock);
        // A scheduler that runs due executions only when told, on a clock the test moves:
        // no waiting.
        ManualScheduler scheduler = TestHelper
            .createManualScheduler(engine.schedulerDataSource(), engine.oneTimeTasks())
            .clock(clock)
            .build();
        UUID id = engine.queue().enqueue(TaskRequest.of("sempre-falha"));

        var pauses = new ArrayList<Duration>();
        for (int attempt = 1; attempt < 14; attempt++) {
            scheduler.runAnyDueExecutions();
            var row = this.database.jdbc.sql("""
                    select execution_time, last_failure, consecutive_failures, picked from scheduled_tasks
                    where task_instance = ?
                    """)
                .param(id.toString())
                .query((rs,
                        n) -> new Object[] { rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3), rs.getBoolean(4) })
                .single();
            assertThat(row[2]).as("failures counted").isEqualTo(attempt);
            assertThat(row[3]).as("released for the next try").isEqualTo(false);
            pauses.add(Duration.between((Instant) row[1], (Instant) row[0]));
            clock.set((Instant) row[0]);
        }

        assertThat(pauses.get(0)).isEqualTo(Duration.ofSeconds(1));
        for (int i = 1; i < pauses.size(); i++) {
            var expected = Math.min(pauses.get(i - 1).toMillis() * 1.5, 30_000);
            assertThat((double) pauses.get(i).toMillis()).as("pause %d of %s", i + 1, pauses)
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(pauses).allSatisfy((pause) -> assertThat(pause).isLessThanOrEqualTo(Duration.ofSeconds(30)));
        assertThat(pauses.subList(pauses.size() - 3, pauses.size())).containsOnly(Duration.ofSeconds(30));
        var retrying = engine.queue().status(id).orElseThrow();
        assertThat(retrying.state()).isEqualTo(TaskState.QUEUED);
        assertThat(retrying.lastError()).isEqualTo("IllegalStateException: falha 13");

        scheduler.runAnyDueExecutions();

        var failed = engine.queue().status(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(TaskState.FAILED);
        assertThat(failed.attempts()).isEqualTo(14);
        assertThat(failed.lastError()).isEqualTo("IllegalStateException: falha 14");
        assertThat(this.database.jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?")
            .param(id.toString())
            .query(Integer.class)
            .single()).as("execution gone, record kept").isZero();
    }

    @Test
    void backoffFormulaCapsAtTheMaximum() {
        var backoff = new Backoff(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30));

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(1000));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(1500));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMillis(2250));
        assertThat(backoff.delayAfter(9)).isEqualTo(Duration.ofMillis(25629));
        assertThat(backoff.delayAfter(10)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofSeconds(30));
    }

}
