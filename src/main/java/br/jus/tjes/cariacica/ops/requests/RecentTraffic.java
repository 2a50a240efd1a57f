package br.jus.tjes.cariacica.ops.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests and errors per minute over the last few minutes, for the operations dashboard.
 * Recording is a couple of counter increments; nothing runs in the background.
 */
public final class RecentTraffic {

    /** How many minutes the dashboard's rates cover. */
    public static final int MINUTES = 5;

    private final Clock clock;

    private final Instant started;

    private final Bucket[] buckets = new Bucket[MINUTES + 1];

    public RecentTraffic(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
        for (int i = 0; i < this.buckets.length; i++) {
            this.buckets[i] = new Bucket();
        }
    }

    void record(int status) {
        long minute = currentMinute();
        Bucket bucket = this.buckets[(int) (minute % this.buckets.length)];
        bucket.roll(minute);
        bucket.requests.increment();
        if (status >= 500) {
            bucket.serverErrors.increment();
        }
        else if (status >= 400) {
            bucket.clientErrors.increment();
        }
    }

    /**
     * The totals of the last {@link #MINUTES} minutes (the current one included) and the
     * time they cover.
     */
    public Window window() {
        long minute = currentMinute();
        long requests = 0;
        long clientErrors = 0;
        long serverErrors = 0;
        for (Bucket bucket : this.buckets) {
            long at = bucket.minute.get();
            if (at > minute - MINUTES && at <= minute) {
                requests += bucket.requests.sum();
                clientErrors += bucket.clientErrors.sum();
                serverErrors += bucket.serverErrors.sum();
            }
        }
        Instant now = this.clock.instant();
        Instant from = Instant.ofEpochSecond((minute - MINUTES + 1) * 60);
        if (from.isBefore(this.started)) {
            from = this.started;
        }
        Duration covered = Duration.between(from, now);
        return new Window(requests, clientErrors, serverErrors, covered.isZero() ? Duration.ofSeconds(1) : covered);
    }

    private long currentMinute() {
        return this.clock.instant().getEpochSecond() / 60;
    }

    /**
     * The counts of the recent window.
     *
     * @param covered the time the counts cover (shorter than the window just after
     * startup)
     */
    public record Window(long requests, long clientErrors, long serverErrors, Duration covered) {

        public double requestsPerSecond() {
            return this.requests / Math.max(1.0, this.covered.toMillis() / 1000.0);
        }

        /**
         * Server errors as a fraction of requests: what the site got wrong, not what the
         * callers did.
         */
        public double serverErrorRatio() {
            return (this.requests == 0) ? 0 : (double) this.serverErrors / this.requests;
        }

        public double clientErrorRatio() {
            return (this.requests == 0) ? 0 : (double) this.clientErrors / this.requests;
        }
    }

    private static final class Bucket {

        final AtomicLong minute = new AtomicLong(-1);

        final LongAdder requests = new LongAdder();

        final LongAdder clientErrors = new LongAdder();

        final LongAdder serverErrors = new LongAdder();

        void roll(long now) {
            long at = this.minute.get();
            if (at != now) {
                synchronized (this) {
                    if (this.minute.get() != now) {
                        this.requests.reset();
                        this.clientErrors.reset();
                        this.serverErrors.reset();
                        this.minute.set(now);
                    }
                }
            }
        }

    }

}
