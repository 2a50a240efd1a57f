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

    CachedHealthIndicator(HealthIndicator delegate, Duration cacheFor, Clock clock) {
        this.delegate = delegate;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Reading reading = this.last;
        if (reading == null) {
            synchronized (this) {
                if (this.last == null) {
                    this.last = read();
                }
                return this.last.health();
            }
        }
        if (reading.at().plus(this.cacheFor).isBefore(this.clock.instant())
                && this.refreshing.compareAndSet(false, true)) {
            try {
                this.last = read();
            }
            finally {
                this.refreshing.set(false);
            }
        }
        return this.last.health();
    }

    private Reading read() {
        return new Reading(this.delegate.health(), this.clock.instant());
    }

    private record Reading(Health health, Instant at) {
    }

}
