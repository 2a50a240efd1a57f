package br.jus.tjes.cariacica.tasks;

/** Where a task enqueued through {@link BackgroundTasks} is in its life. */
public enum TaskState {

    /** Waits for its prerequisites to succeed. */
    WAITING,
    /** Due now or later (a retry after a failure is also queued, with its last error). */
    QUEUED,
    /**
     * A worker runs it (or ran it in a process that died: it is run again once the
     * scheduler notices).
     */
    RUNNING, SUCCEEDED,
    /** Failed on every allowed try; kept for inspection until retried or cancelled. */
    FAILED,
    /** Will not run because a prerequisite failed for good or was cancelled. */
    BLOCKED, CANCELLED;

    /** No worker will pick it up again unless staff retry it. */
    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == BLOCKED || this == CANCELLED;
    }

}
