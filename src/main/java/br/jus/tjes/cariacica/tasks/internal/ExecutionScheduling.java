package br.jus.tjes.cariacica.tasks.internal;

import java.time.Instant;
import java.util.UUID;

import br.jus.tjes.cariacica.tasks.TaskPriority;
import com.github.kagkarlsson.scheduler.Clock;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates db-scheduler executions for our tasks. Its client writes through a
 * transaction-aware DataSource, so an execution is created in the caller's transaction
 * and exists exactly when the task's row does.
 */
final class ExecutionScheduling {

    private final Clock clock;

    private volatile SchedulerClient client;

    private volatile Runnable checkForDue = () -> {
    };

    ExecutionScheduling(Clock clock) {
        this.clock = clock;
    }

    /**
     * Set once the db-scheduler tasks exist: the client needs them, and they need this.
     */
    void useClient(SchedulerClient schedulerClient) {
        this.client = schedulerClient;
    }

    /** The local scheduler, once started, is told at once about tasks due now. */
    void wakeUp(Scheduler scheduler) {
        this.checkForDue = (scheduler != null) ? scheduler::triggerCheckForDueExecutions : () -> {
        };
    }

    Instant now() {
        return this.clock.now();
    }

    void schedule(UUID id, String type, TaskPriority priority, Instant notBefore) {
        Instant now = this.clock.now();
        Instant time = (notBefore != null && notBefore.isAfter(now)) ? notBefore : now;
        var instance = new TaskInstance<Void>(type, id.toString(), () -> null, priority.value());
        if (!this.client.scheduleIfNotExists(SchedulableInstance.of(instance, time))) {
            throw new IllegalStateException("Task " + id + " already has an execution");
        }
        wakeUpAfterCommit();
    }

    /**
     * A new due task should not wait for the next poll; the check runs once it is visible
     * to other connections.
     */
    private void wakeUpAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    ExecutionScheduling.this.checkForDue.run();
                }
            });
        }
        else {
            this.checkForDue.run();
        }
    }

}
