package br.jus.tjes.cariacica.tasks;

import java.time.Instant;
import java.util.Objects;

/**
 * One retention rule of the site (old conversations, expired rate-limit buckets, audit
 * rows past their retention). Modules contribute them as Spring beans; the daily and
 * hourly housekeeping tasks (both {@link TaskPriority#LOW}) run every job of their
 * cadence, each on its own, so one failing job does not stop the others.
 */
public interface CleanupJob {

    /** For logs, metrics and the staff page, for example {@code "conversas-antigas"}. */
    String name();

    Cadence cadence();

    /**
     * Deletes what is past its retention at {@code now} and returns how many rows went.
     */
    long cleanUp(Instant now) throws Exception;

    static CleanupJob daily(String name, Purge purge) {
        return of(name, Cadence.DAILY, purge);
    }

    static CleanupJob hourly(String name, Purge purge) {
        return of(name, Cadence.HOURLY, purge);
    }

    private static CleanupJob of(String name, Cadence cadence, Purge purge) {
        Objects.requireNonNull(name);
        Objects.requireNonNull(purge);
        return new CleanupJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Cadence cadence() {
                return cadence;
            }

            @Override
            public long cleanUp(Instant now) throws Exception {
                return purge.cleanUp(now);
            }

            @Override
            public String toString() {
                return "CleanupJob[" + name + ", " + cadence + "]";
            }
        };
    }

    enum Cadence {

        HOURLY, DAILY

    }

    /** The functional part of a job. */
    @FunctionalInterface
    interface Purge {

        long cleanUp(Instant now) throws Exception;

    }

}
