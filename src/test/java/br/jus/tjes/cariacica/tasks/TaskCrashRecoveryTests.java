package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskCrashRecoveryTests {

    private final TaskTestDatabase database = new TaskTestDatabase();

    private final List<String> runs = Collections.synchronizedList(new ArrayList<>());

    private final CountDownLatch unstick = new CountDownLatch(1);

    private final List<Scheduler> schedulers = new ArrayList<>();

    @AfterEach
    void stop() {
        this.unstick.countDown();
        this.schedulers.forEach(Scheduler::stop);
        this.database.close();
    }

    private TaskHandler handler(String instance) {
        return TestHandler.of("longa", (context) -> {
            this.runs.add(instance + ":" + context.attempt());
            if (context.attempt() == 1) {
                // The first try hangs like a process that died mid-task: it ignores
                // interrupts and never reports.
                while (true) {
                    try {
                        this.unstick.await();
                        return;
                    }
                    catch (InterruptedException ignored) {
                        // keep hanging
                    }
                }
            }
        });
    }

    private Scheduler start(String name) {
        var engine = this.database.engine(TaskTestDatabase.fastProperties(2), List.of(handler(name)));
        var scheduler = engine.newScheduler(name);
        engine.wakeUp(scheduler);
        scheduler.start();
        this.schedulers.add(scheduler);
        return scheduler;
    }

    @Test
    void executionLeftRunningByAStoppedSchedulerRunsAgainOnTheNextStart() {
        var crashed = start("instancia-a");
        var engine = this.database.engine(TaskTestDatabase.fastProperties(2), List.of(handler("cliente")));
        UUID id = engine.queue().enqueue(TaskRequest.of("longa"));
        await().atMost(Duration.ofSeconds(20)).until(() -> this.runs.contains("instancia-a:1"));

        crashed.stop();
        this.schedulers.remove(crashed);

        assertThat(this.database.jdbc.sql("select picked_by from scheduled_tasks where task_instance = ? and picked")
            .param(id.toString())
            .query(String.class)
            .optional()).as("the execution is left locked, its heartbeats stopped").hasValue("instancia-a");

        start("instancia-b");

        await().atMost(Duration.ofSeconds(30))
            .until(() -> engine.queue().status(id).orElseThrow().state() == TaskState.SUCCEEDED);
        assertThat(this.runs).containsExactly("instancia-a:1", "instancia-b:2");
        assertThat(engine.queue().status(id).orElseThrow().attempts()).isEqualTo(2);
    }

}
