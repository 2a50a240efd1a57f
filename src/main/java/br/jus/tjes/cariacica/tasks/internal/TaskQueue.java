package br.jus.tjes.cariacica.tasks.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import br.jus.tjes.cariacica.tasks.TaskRequest;
import br.jus.tjes.cariacica.tasks.TaskState;
import br.jus.tjes.cariacica.tasks.TaskStatus;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link BackgroundTasks}, and the staff's retry and cancel. */
public final class TaskQueue implements BackgroundTasks {

    private final Map<String, TaskHandler> handlers;

    private final TaskStore store;

    private final ExecutionScheduling scheduling;

    private final TransactionTemplate transaction;

    private final TransactionTemplate readOnly;

    public TaskQueue(Map<String, TaskHandler> handlers, TaskStore store, ExecutionScheduling scheduling,
            PlatformTransactionManager transactionManager) {
        this.handlers = handlers;
        this.store = store;
        this.scheduling = scheduling;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public UUID enqueue(TaskRequest request) {
        var handler = this.handlers.get(request.type());
        if (handler == null) {
            throw new IllegalArgumentException("No handler runs tasks of type " + request.type());
        }
        UUID id = UUID.randomUUID();
        this.transaction.executeWithoutResult((status) -> {
            var now = this.scheduling.now();
            Map<UUID, TaskState> prerequisites = this.store.lockStates(request.prerequisites());
            if (prerequisites.size() != request.prerequisites().size()) {
                throw new IllegalArgumentException("Unknown prerequisite among " + request.prerequisites());
            }
            var dead = prerequisites.entrySet()
                .stream()
                .filter((entry) -> Dependants.isDead(entry.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
            int maxAttempts = Math.max(1, handler.maxAttempts());
            if (dead.isPresent()) {
                this.store.insert(id, request, maxAttempts, TaskState.BLOCKED, dead.get(), now);
            }
            else if (prerequisites.values().stream().allMatch((state) -> state == TaskState.SUCCEEDED)) {
                this.store.insert(id, request, maxAttempts, TaskState.QUEUED, null, now);
                this.scheduling.schedule(id, request.type(), request.priority(), request.notBefore());
            }
            else {
                this.store.insert(id, request, maxAttempts, TaskState.WAITING, null, now);
            }
        });
        return id;
    }

    @Override
    public Optional<TaskStatus> status(UUID id) {
        return this.readOnly.execute((status) -> this.store.status(id));
    }

    /** What staff can do to a task, and why not. */
    public enum Outcome {

        DONE, NOT_FOUND, NOT_ALLOWED, RUNNING

    }

    /**
     * Gives a failed task a fresh set of tries, and lets the tasks it blocked wait for it
     * again.
     */
    public Outcome retry(UUID id) {
        return this.transaction.execute((status) -> {
            var state = this.store.lockForUpdate(id);
            if (state.isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            if (state.get() != TaskState.FAILED) {
                return Outcome.NOT_ALLOWED;
            }
            var task = this.store.status(id).orElseThrow();
            if (!this.handlers.containsKey(task.type())) {
                return Outcome.NOT_ALLOWED;
            }
            this.store.requeue(id);
            this.store.unblockDependantsOf(id);
            this.scheduling.schedule(id, task.type(), task.priority(), null);
            return Outcome.DONE;
        });
    }

    /**
     * Cancels a failed, waiting or queued (not yet running) task; the tasks waiting on it
     * will not run.
     */
    public Outcome cancel(UUID id) {
        return this.transaction.execute((status) -> {
            var state = this.store.lockForUpdate(id);
            if (state.isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            var task = this.store.status(id).orElseThrow();
            switch (state.get()) {
                case FAILED, WAITING -> {
                }
                case QUEUED -> {
                    if (!this.store.removeUnpickedExecution(task.type(), id.toString())) {
                        return Outcome.RUNNING;
                    }
                }
                case RUNNING -> {
                    return Outcome.RUNNING;
                }
                default -> {
                    return Outcome.NOT_ALLOWED;
                }
            }
            var now = this.scheduling.now();
            this.store.cancelled(id, now);
            this.store.blockDependantsOf(id, now);
            return Outcome.DONE;
        });
    }

}
