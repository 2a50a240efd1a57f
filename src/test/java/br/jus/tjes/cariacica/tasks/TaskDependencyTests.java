package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import br.jus.tjes.cariacica.tasks.internal.TaskEngine;
import br.jus.tjes.cariacica.tasks.internal.TaskQueue;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class TaskDependencyTests {

    private final TaskTestDatabase database = new TaskTestDatabase();

    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    private final CountDownLatch releasePrerequisite = new CountDownLatch(1);

    private final AtomicBoolean prerequisiteFails = new AtomicBoolean(true);

    private Scheduler scheduler;

    private TaskEngine engine;

    private TaskQueue tasks;

    @AfterEach
    void stop() {
        this.releasePrerequisite.countDown();
        if (this.scheduler != null) {
            this.scheduler.stop();
        }
        this.database.close();
    }

    private void start(List<TaskHandler> handlers) {
        this.engine = this.database.engine(TaskTestDatabase.fastProperties(4), handlers);
        this.scheduler = this.engine.newScheduler("dependencias");
        this.engine.wakeUp(this.scheduler);
        this.scheduler.start();
        this.tasks = this.engine.queue();
    }

    private TaskStatus awaitState(UUID id, TaskState state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> this.tasks.status(id).orElseThrow().state() == state);
        return this.tasks.status(id).orElseThrow();
    }

    @Test
    void dependantWaitsForItsPrerequisiteAndRunsOnlyAfterItSucceeded() throws Exception {
        start(List.of(TestHandler.of("importar", (context) -> {
            this.ran.add("importar:inicio");
            assertThat(this.releasePrerequisite.await(20, TimeUnit.SECONDS)).isTrue();
            this.ran.add("importar:fim");
        }), TestHandler.of("atualizar", (context) -> this.ran.add("atualizar"))));

        UUID prerequisite = this.tasks.enqueue(TaskRequest.of("importar").withPriority(TaskPriority.HIGH));
        UUID dependant = this.tasks.enqueue(TaskRequest.of("atualizar").after(prerequisite));
        await().atMost(Duration.ofSeconds(20)).until(() -> this.ran.contains("importar:inicio"));

        assertThat(this.tasks.status(dependant).orElseThrow().state()).isEqualTo(TaskState.WAITING);
        assertThat(this.database.jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?")
            .param(dependant.toString())
            .query(Integer.class)
            .single()).as("no execution while waiting").isZero();

        this.releasePrerequisite.countDown();
        var done = awaitState(dependant, TaskState.SUCCEEDED);

        assertThat(this.ran).containsExactly("importar:inicio", "importar:fim", "atualizar");
        assertThat(done.startedAt()).isAfterOrEqualTo(this.tasks.status(prerequisite).orElseThrow().finishedAt());
    }

    @Test
    void dependantsOfATaskThatFailedForGoodDoNotRunAndSayWhy() {
        start(List.of(new TestHandler("falha", 2, (context) -> {
            if (this.prerequisiteFails.get()) {
                throw new IllegalStateException("arquivo ilegível");
            }
        }), TestHandler.of("depois", (context) -> this.ran.add("depois:" + context.payload()))));

        UUID failing = this.tasks.enqueue(TaskRequest.of("falha"));
        UUID first = this.tasks.enqueue(TaskRequest.of("depois", "1").after(failing));
        UUID second = this.tasks.enqueue(TaskRequest.of("depois", "2").after(first));

        var failed = awaitState(failing, TaskState.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).isEqualTo("IllegalStateException: arquivo ilegível");
        assertThat(awaitState(first, TaskState.BLOCKED).blockedBy()).isEqualTo(failing);
        assertThat(awaitState(second, TaskState.BLOCKED).blockedBy()).isEqualTo(first);
        UUID late = this.tasks.enqueue(TaskRequest.of("depois", "3").after(failing));
        assertThat(this.tasks.status(late).orElseThrow().state()).isEqualTo(TaskState.BLOCKED);
        assertThat(this.ran).isEmpty();

        // Staff fix the cause and retry: the whole chain runs, in order.
        this.prerequisiteFails.set(false);
        assertThat(this.tasks.retry(failing)).isEqualTo(TaskQueue.Outcome.DONE);

        awaitState(second, TaskState.SUCCEEDED);
        awaitState(late, TaskState.SUCCEEDED);
        assertThat(this.ran).containsExactlyInAnyOrder("depois:1", "depois:2", "depois:3");
        assertThat(this.ran.indexOf("depois:1")).isLessThan(this.ran.indexOf("depois:2"));
        assertThat(this.database.meters.get("court.tasks.executions")
            .tag("type", "falha")
            .tag("outcome", "failure")
            .timer()
            .count()).isEqualTo(1);
        assertThat(this.database.meters.get("court.tasks.executions")
            .tag("type", "falha")
            .tag("outcome", "retry")
            .timer()
            .count()).isEqualTo(1);
    }

    @Test
    void aChainOfThreeRunsImportThenSearchRefreshThenEvictsThePageCaches() {
        var caches = new ConcurrentMapCacheManager("paginas");
        caches.getCache("paginas").put("/pauta", "<html>antiga</html>");
        var cachedDuringRefresh = new ArrayList<Boolean>();
        start(List.of(TestHandler.of("importar", (context) -> {
            this.ran.add("importar " + context.payload());
            context.progress(2, 2);
        }), TestHandler.of("busca", (context) -> {
            this.ran.add("busca");
            cachedDuringRefresh.add(caches.getCache("paginas").get("/pauta") != null);
        }), TestHandler.of("limpar-cache", (context) -> caches.getCache("paginas").clear())));

        UUID importing = this.tasks
            .enqueue(TaskRequest.of("importar", "pauta-2026-12.csv").withPriority(TaskPriority.HIGH));
        UUID refresh = this.tasks.enqueue(TaskRequest.of("busca").after(importing));
        UUID evict = this.tasks.enqueue(TaskRequest.of("limpar-cache").after(refresh));
        List<UUID> chain = List.of(importing, refresh, evict);

        awaitState(chain.get(2), TaskState.SUCCEEDED);
        assertThat(this.ran).containsExactly("importar pauta-2026-12.csv", "busca");
        assertThat(cachedDuringRefresh).as("the old page was still cached while search refreshed")
            .containsExactly(true);
        assertThat(caches.getCache("paginas").get("/pauta")).isNull();
        var imported = this.tasks.status(chain.get(0)).orElseThrow();
        assertThat(imported.priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(imported.progressDone()).isEqualTo(2);
        assertThat(imported.progressTotal()).isEqualTo(2);
    }

    @Test
    void enqueueRefusesAnUnknownTypeOrPrerequisite() {
        start(List.of(TestHandler.of("conhecida", (context) -> {
        })));

        assertThatThrownBy(() -> this.tasks.enqueue(TaskRequest.of("desconhecida")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> this.tasks.enqueue(TaskRequest.of("conhecida").after(UUID.randomUUID())))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historyCleanupDeletesOldFinishedTasksButKeepsFailedOnesForInspection() {
        start(List.of(TestHandler.of("qualquer", (context) -> {
        })));
        var old = java.time.OffsetDateTime.now().minusDays(40);
        for (String state : List.of("SUCCEEDED", "CANCELLED", "BLOCKED", "FAILED")) {
            this.database.jdbc.sql("""
                    insert into task_run (id, type, priority, state, max_attempts, created_at, finished_at)
                    values (gen_random_uuid(), 'qualquer', 30, :state, 5, :old, :old)
                    """).param("state", state).param("old", old).update();
        }
        UUID recent = this.tasks.enqueue(TaskRequest.of("qualquer"));
        awaitState(recent, TaskState.SUCCEEDED);

        int deleted = this.engine.store().deleteFinishedBefore(java.time.Instant.now().minus(Duration.ofDays(30)));

        assertThat(deleted).isEqualTo(3);
        assertThat(this.database.jdbc.sql("select state from task_run order by state").query(String.class).list())
            .containsExactly("FAILED", "SUCCEEDED");
    }

}
