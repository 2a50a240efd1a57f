package br.jus.tjes.cariacica.tasks;

import java.util.UUID;

/** What a {@link TaskHandler} gets for one try of one task. */
public interface TaskContext {

    UUID id();

    /** The request's payload, or {@code null}. */
    String payload();

    /** 1 on the first try, 2 on the first retry, and so on. */
    int attempt();

    /**
     * Records how far the task got, shown to staff (for example rows imported of the
     * file's rows). Committed at once, outside any transaction the handler may have open.
     */
    void progress(int done, int total);

    /**
     * True when the instance is shutting down: a long task should stop early and throw to
     * be retried later.
     */
    boolean isShuttingDown();

}
