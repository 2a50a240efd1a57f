package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.kagkarlsson.scheduler.Scheduler;

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
        finish.release(100);
        if (scheduler != null) {
            scheduler.stop();
        }
        database.close();
    }

    @Test
    void withAllFourWorkersBusyQueuedTasksStartHighestPriorityFirst() {
        var engine = database.engine(TaskTestDatabase.fastProperties(4), List.of(TestHandler.of("espera", context -> {
            started.add(context.payload());
            finish.acquire();
        })));
        scheduler = engine.newScheduler("prioridades");
        engine.wakeUp(scheduler);
        scheduler.start();
        var tasks = engine.queue();

        for (int i = 0; i < 4; i++) {
            tasks.enqueue(TaskRequest.of("espera", "BLOQUEIO"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> started.size() == 4);
        // Enqueued lowest first, so first-in-first-out would get the order backwards.
        for (TaskPriority priority : List.of(TaskPriority.LOW, TaskPriority.NORMAL, TaskPriority.HIGH,
                TaskPriority.CRITICAL)) {
            for (int i = 0; i < 4; i++) {
                tasks.enqueue(TaskRequest.of("espera", priority.name()).withPriority(priority));
            }
        }

        assertThat(database.meters.get("court.tasks.queue.depth").tag("priority", "CRITICAL").gauge().value())
            .isEqualTo(4.0);
        assertThat(database.meters.get("court.tasks.queue.depth").tag("priority", "URGENT").gauge().value()).isZero();

        for (String expected : List.of("CRITICAL", "HIGH", "NORMAL", "LOW")) {
            int before = started.size();
            finish.release(4);
            await().atMost(Duration.ofSeconds(20)).until(() -> started.size() >= before + 4);
            assertThat(started.subList(before, before + 4)).as("wave after %s", started.subList(0, before))
                .containsOnly(expected);
        }
        assertThat(started).hasSize(20);
    }

}
