package br.jus.tjes.cariacica.tasks.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import br.jus.tjes.cariacica.tasks.TaskRequest;
import br.jus.tjes.cariacica.tasks.TaskState;
import br.jus.tjes.cariacica.tasks.TaskTestDatabase;
import br.jus.tjes.cariacica.tasks.TestHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SchedulerLifecycleTests {

    private final TaskTestDatabase database = new TaskTestDatabase();

    private final CountDownLatch started = new CountDownLatch(1);

    @AfterEach
    void close() {
        this.database.close();
    }

    @Test
    void stoppingWaitsForTheRunningTaskToFinishAndRecordItsSuccess() throws Exception {
        var properties = TaskTestDatabase.fastProperties(2);
        properties = new TasksProperties(true, 2, properties.pollingInterval(), properties.heartbeatInterval(), 4,
                Duration.ofSeconds(30), null, properties.zone(), properties.retry(), properties.cleanup(),
                properties.historyRetention());
        var engine = this.database.engine(properties, List.of(TestHandler.of("finaliza", (context) -> {
            this.started.countDown();
            // Finishes its work once it sees the instance is stopping, as a well-behaved
            // long task does.
            await().atMost(Duration.ofSeconds(20)).until(context::isShuttingDown);
        })));
        var lifecycle = new SchedulerLifecycle(engine, true);
        lifecycle.start();
        assertThat(lifecycle.isRunning()).isTrue();
        var id = engine.queue().enqueue(TaskRequest.of("finaliza"));
        assertThat(this.started.await(20, TimeUnit.SECONDS)).isTrue();

        lifecycle.stop();

        assertThat(lifecycle.isRunning()).isFalse();
        assertThat(engine.queue().status(id).orElseThrow().state()).isEqualTo(TaskState.SUCCEEDED);
    }

    @Test
    void disabledInstanceRunsNothingButStillEnqueues() {
        var engine = this.database.engine(TaskTestDatabase.fastProperties(2),
                List.of(TestHandler.of("nada", (context) -> {
                    throw new AssertionError("must not run here");
                })));
        var lifecycle = new SchedulerLifecycle(engine, false);
        lifecycle.start();

        var id = engine.queue().enqueue(TaskRequest.of("nada"));

        assertThat(engine.queue().status(id).orElseThrow().state()).isEqualTo(TaskState.QUEUED);
        assertThat(this.database.jdbc.sql("select count(*) from scheduled_tasks where task_instance = ? and not picked")
            .param(id.toString())
            .query(Integer.class)
            .single()).isOne();
        lifecycle.stop();
    }

}
