package br.jus.tjes.cariacica.ops.health;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The last reading of a check that costs a round trip: the first caller takes it, and a
 * stale one is taken again by one caller at a time, on the given executor, while the
 * others get the last reading.
 *
 * @param <R> the reading
 */
final class LastReading<R> {

    private final Supplier<R> read;

    private final Predicate<R> stale;

    private final Executor refresher;

    private final AtomicBoolean refreshing = new AtomicBoolean();

    private volatile @Nullable R last;

    /**
     * A reading taken again on the given executor.
     * @param read takes a reading
     * @param stale whether a reading must be taken again
     * @param refresher runs the new reading: in the caller's thread
     * ({@code Runnable::run}) or in the background
     */
    LastReading(Supplier<R> read, Predicate<R> stale, Executor refresher) {
        this.read = read;
        this.stale = stale;
        this.refresher = refresher;
    }

    /**
     * The last reading, taken first if there is none, refreshed if stale.
     * @return the reading
     */
    R get() {
        R reading = this.last;
        if (reading == null) {
            synchronized (this) {
                R first = this.last;
                if (first == null) {
                    first = this.read.get();
                    this.last = first;
                }
                return first;
            }
        }
        if (this.stale.test(reading) && this.refreshing.compareAndSet(false, true)) {
            this.refresher.execute(() -> {
                try {
                    this.last = this.read.get();
                }
                finally {
                    this.refreshing.set(false);
                }
            });
        }
        return current(reading);
    }

    /**
     * The reading as it stands, without taking one.
     * @return the last reading, or null before the first
     */
    @Nullable R peek() {
        return this.last;
    }

    private R current(R fallback) {
        R reading = this.last;
        return (reading != null) ? reading : fallback;
    }

}
