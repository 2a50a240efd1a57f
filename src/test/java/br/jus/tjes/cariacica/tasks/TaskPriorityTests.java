package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskPriorityTests {

    private final TaskTestDatabase database = new TaskTestDatabase();

    private final List<String> started = Collections.synchronizedList(new ArrayList<>());

    // Fair, so the permits go to the tasks already waiting and each wave of four finishes
    // together.
    private final Semaphore finish = new Semaphore(0, true);

    private Scheduler scheduler;

    @AfterEach
    void stop() {
        this.finish.release(100);
        if (this.scheduler != null) {
            this.scheduler.stop();
        }
        this.database.close();
    }

    @Test
    void withAllFourWorkersBusyQueuedTasksStartHighestPriorityFirst() {
        var engine = this.database.engine(TaskTestDatabase.fastProperties(4),
                List.of(TestHandler.of("espera", (context) -> {
                    this.started.add(context.payload());
                    this.finish.acquire();
                })));
        this.scheduler = engine.newScheduler("prioridades");
        engine.wakeUp(this.scheduler);
        this.scheduler.start();
        var tasks = engine.queue();

        for (int i = 0; i < 4; i++) {
            tasks.enqueue(TaskRequest.of("espera", "BLOQUEIO"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> this.started.size() == 4);
        // Enqueued lowest first, so first-in-first-out would get the order backwards.
        for (TaskPriority priority : List.of(TaskPriority.LOW, TaskPriority.NORMAL, TaskPriority.HIGH,
                TaskPriority.CRITICAL)) {
            for (int i = 0; i < 4; i++) {
                tasks.enqueue(TaskRequest.of("espera", priority.name()).withPriority(priority));
            }
        }

        assertThat(this.database.meters.get("court.tasks.queue.depth").tag("priority", "CRITICAL").gauge().value())
            .isEqualTo(4.0);
        assertThat(this.database.meters.get("court.tasks.queue.depth").tag("priority", "URGENT").gauge().value())
            .isZero();

        for (String expected : List.of("CRITICAL", "HIGH", "NORMAL", "LOW")) {
            int before = this.started.size();
            this.finish.release(4);
            await().atMost(Duration.ofSeconds(20)).until(() -> this.started.size() >= before + 4);
            assertThat(this.started.subList(before, before + 4)).as("wave after %s", this.started.subList(0, before))
                .containsOnly(expected);
        }
        assertThat(this.started).hasSize(20);
    }

}
