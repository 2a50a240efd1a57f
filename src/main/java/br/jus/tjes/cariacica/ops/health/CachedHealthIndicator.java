package br.jus.tjes.cariacica.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A check that costs a round trip, run at most once per {@code cacheFor} and by one
 * caller at a time; the others get the last reading. Boot's own response cache does not
 * cover {@code /actuator/health/{group}} nor {@code /readyz}, and a load balancer polling
 * every instance should not cost a query per poll.
 */
final class CachedHealthIndicator implements HealthIndicator {

    private final LastReading<Reading> last;

    CachedHealthIndicator(HealthIndicator delegate, Duration cacheFor, Clock clock) {
        this.last = new LastReading<>(() -> new Reading(delegate.health(), clock.instant()),
                (reading) -> reading.at().plus(cacheFor).isBefore(clock.instant()), Runnable::run);
    }

    @Override
    public Health health() {
        return this.last.get().health();
    }

    private record Reading(Health health, Instant at) {
    }

}
