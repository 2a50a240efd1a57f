package br.jus.tjes.cariacica.tasks.internal;

import java.time.Instant;
import java.util.UUID;

import br.jus.tjes.cariacica.tasks.TaskState;

/**
 * What happens to the tasks waiting on one that just finished. Runs inside the finishing
 * transaction.
 */
class Dependants {

    private final TaskStore store;

    private final ExecutionScheduling scheduling;

    Dependants(TaskStore store, ExecutionScheduling scheduling) {
        this.store = store;
        this.scheduling = scheduling;
    }

    /**
     * Queues each waiting dependant whose prerequisites have all succeeded, and blocks
     * (with everything downstream) each one that has a prerequisite that failed or was
     * cancelled. The dependants' rows are locked first, so two prerequisites finishing at
     * once cannot both miss that the other is done.
     */
    void prerequisiteFinished(UUID prerequisite, Instant now) {
        for (var dependant : this.store.lockWaitingDependants(prerequisite)) {
            var states = this.store.prerequisiteStates(dependant.id());
            var dead = states.entrySet().stream().filter((entry) -> isDead(entry.getValue())).findFirst();
            if (dead.isPresent()) {
                this.store.block(dependant.id(), dead.get().getKey(), now);
                this.store.blockDependantsOf(dependant.id(), now);
            }
            else if (states.values().stream().allMatch((state) -> state == TaskState.SUCCEEDED)) {
                this.store.queued(dependant.id());
                this.scheduling.schedule(dependant.id(), dependant.type(), dependant.priority(), dependant.notBefore());
            }
        }
    }

    static boolean isDead(TaskState state) {
        return state == TaskState.FAILED || state == TaskState.BLOCKED || state == TaskState.CANCELLED;
    }

}
