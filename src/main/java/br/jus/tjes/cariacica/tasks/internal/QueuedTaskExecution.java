package br.jus.tjes.cariacica.tasks.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the tasks enqueued through {@code BackgroundTasks}: one db-scheduler one-time task
 * per {@link TaskHandler} type, whose instance id is the task's id. Success, retry and
 * final failure each commit in one transaction with db-scheduler's execution row: the row
 * is deleted (or released for the next try) only if it still has the version this worker
 * picked, so a worker that was presumed dead cannot overwrite the outcome of the rerun.
 */
final class QueuedTaskExecution {

    private static final Logger log = LoggerFactory.getLogger(QueuedTaskExecution.class);

    private static final int MAX_ERROR_LENGTH = 2000;

    private final Map<String, TaskHandler> handlers;

    private final TaskStore store;

    private final ExecutionScheduling scheduling;

    private final Dependants dependants;

    private final Backoff backoff;

    private final TaskMetrics metrics;

    private final TransactionTemplate transaction;

    private final TransactionTemplate ownTransaction;

    QueuedTaskExecution(Map<String, TaskHandler> handlers, TaskStore store, ExecutionScheduling scheduling,
            Backoff backoff, TaskMetrics metrics, PlatformTransactionManager transactionManager) {
        this.handlers = handlers;
        this.store = store;
        this.scheduling = scheduling;
        this.dependants = new Dependants(store, scheduling);
        this.backoff = backoff;
        this.metrics = metrics;
        this.transaction = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The db-scheduler tasks, one per handler type. */
    List<Task<?>> tasks() {
        return this.handlers.values().stream().<Task<?>>map(this::task).toList();
    }

    private Task<Void> task(TaskHandler handler) {
        return Tasks.custom(handler.type(), Void.class)
            .onFailure(this::failed)
            // The process running it died: run it again (the crashed try counts as one).
            .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
            .execute((instance, context) -> run(handler, instance, context));
    }

    private CompletionHandler<Void> run(TaskHandler handler, TaskInstance<Void> instance, ExecutionContext context) {
        UUID id = UUID.fromString(instance.getId());
        var started = this.ownTransaction.execute((status) -> this.store.start(id, this.scheduling.now()));
        if (started == null || started.isEmpty()) {
            log.warn("Task {} ({}) has no runnable record; dropping its execution", id, handler.type());
            return (complete, operations) -> this.transaction
                .executeWithoutResult((status) -> removeOrFail(complete.getExecution()));
        }
        var run = started.get();
        if (run.attempt() > run.maxAttempts()) {
            // Every try so far died with its process (a crash is not reported as a
            // failure): stop here.
            throw new TaskRunFailed("Tentativas esgotadas: a execução foi interrompida " + (run.attempt() - 1)
                    + " vez(es) sem terminar", null);
        }
        try {
            handler.run(new Context(id, run, context));
        }
        catch (Exception ex) {
            throw new TaskRunFailed(describe(ex), ex);
        }
        return this::succeeded;
    }

    private void succeeded(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        Execution execution = complete.getExecution();
        UUID id = UUID.fromString(execution.taskInstance.getId());
        Instant now = complete.getTimeDone();
        this.transaction.executeWithoutResult((status) -> {
            removeOrFail(execution);
            this.store.succeeded(id, now);
            this.dependants.prerequisiteFinished(id, now);
        });
        this.metrics.executed(execution.getTaskName(), "success", complete.getDuration());
    }

    private void failed(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        Execution execution = complete.getExecution();
        String type = execution.getTaskName();
        UUID id = UUID.fromString(execution.taskInstance.getId());
        Instant now = complete.getTimeDone();
        String error = complete.getCause().map(QueuedTaskExecution::describe).orElse("?");
        var handler = this.handlers.get(type);
        String outcome = this.transaction.execute((status) -> {
            int attempts = this.store.attempts(id);
            if (attempts >= handler.maxAttempts()) {
                removeOrFail(execution);
                this.store.failed(id, error, now);
                this.store.blockDependantsOf(id, now);
                return "failure";
            }
            Instant next = now.plus(this.backoff.delayAfter(attempts));
            if (!this.store.rescheduleExecution(type, execution.taskInstance.getId(), execution.version, next, now,
                    execution.consecutiveFailures + 1)) {
                throw new IllegalStateException("Execution changed under us: " + execution);
            }
            this.store.retrying(id, error);
            return "retry";
        });
        if ("failure".equals(outcome)) {
            log.warn("Task {} ({}) failed for good after {} tries: {}", id, type, handler.maxAttempts(), error);
        }
        this.metrics.executed(type, outcome, complete.getDuration());
    }

    private void removeOrFail(Execution execution) {
        if (!this.store.removeExecution(execution.getTaskName(), execution.taskInstance.getId(), execution.version)) {
            throw new IllegalStateException("Execution changed under us (presumed dead and run again?): " + execution);
        }
    }

    static String describe(Throwable error) {
        Throwable cause = (error instanceof TaskRunFailed && error.getCause() != null) ? error.getCause() : error;
        String text = (cause instanceof TaskRunFailed) ? cause.getMessage()
                : cause.getClass().getSimpleName() + ((cause.getMessage() == null) ? "" : ": " + cause.getMessage());
        return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }

    /** A failed try, carrying the handler's exception to the failure handler. */
    static final class TaskRunFailed extends RuntimeException {

        TaskRunFailed(String message, Throwable cause) {
            super(message, cause);
        }

    }

    private final class Context implements TaskContext {

        private final UUID id;

        private final TaskStore.Started run;

        private final ExecutionContext execution;

        Context(UUID id, TaskStore.Started run, ExecutionContext execution) {
            this.id = id;
            this.run = run;
            this.execution = execution;
        }

        @Override
        public UUID id() {
            return this.id;
        }

        @Override
        public String payload() {
            return this.run.payload();
        }

        @Override
        public int attempt() {
            return this.run.attempt();
        }

        @Override
        public void progress(int done, int total) {
            QueuedTaskExecution.this.ownTransaction
                .executeWithoutResult((status) -> QueuedTaskExecution.this.store.progress(this.id, done, total));
        }

        @Override
        public boolean isShuttingDown() {
            return this.execution.getSchedulerState().isShuttingDown();
        }

    }

}
