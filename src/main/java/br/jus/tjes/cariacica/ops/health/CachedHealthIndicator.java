package br.jus.tjes.cariacica.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A check that costs a round trip, run at most once per {@code cacheFor} and by one
 * caller at a time; the others get the last reading. Boot's own response cache does not
 * cover {@code /actuator/health/{group}} nor {@code /readyz}, and a load balancer polling
 * every instance should not cost a query per poll.
 */
final class CachedHealthIndicator implements HealthIndicator {

    private final HealthIndicator delegate;

    private final Duration cacheFor;

    private final Clock clock;

    private final AtomicBoolean refreshing = new AtomicBoolean();

    private volatile Reading last;

    private record Reading(Health health, Instant at) {
    }

    CachedHealthIndicator(HealthIndicator delegate, Duration cacheFor, Clock clock) {
        this.delegate = delegate;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Reading reading = last;
        if (reading == null) {
            synchronized (this) {
                if (last == null) {
                    last = read();
                }
                return last.health();
            }
        }
        if (reading.at().plus(cacheFor).isBefore(clock.instant()) && refreshing.compareAndSet(false, true)) {
            try {
                last = read();
            }
            finally {
                refreshing.set(false);
            }
        }
        return last.health();
    }

    private Reading read() {
        return new Reading(delegate.health(), clock.instant());
    }

}
