package br.jus.tjes.cariacica.tasks;

/**
 * Runs the tasks of one type. Modules contribute a handler as a Spring bean; each type
 * has exactly one. A handler may run more than once for one task (a retry, or a rerun
 * after a crash), so it must be safe to repeat.
 */
public interface TaskHandler {

    /**
     * Unique among handlers and recurring tasks, for example
     * {@code "audiencias-importar"}.
     */
    String type();

    /** Tries before the task is marked failed for good (at least 1). */
    default int maxAttempts() {
        return 5;
    }

    /** Does the work; throwing anything counts as a failed try. */
    void run(TaskContext context) throws Exception;

}
