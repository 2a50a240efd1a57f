package br.jus.tjes.cariacica.ops.health;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import br.jus.tjes.cariacica.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class CachedHealthIndicatorTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));

    private final AtomicInteger calls = new AtomicInteger();

    private volatile Status next = Status.UP;

    private final CachedHealthIndicator check = new CachedHealthIndicator(() -> {
        calls.incrementAndGet();
        return Health.status(next).build();
    }, Duration.ofSeconds(1), clock);

    @Test
    void pollsWithinTheCacheTimeReuseTheLastReading() {
        assertThat(check.health().getStatus()).isEqualTo(Status.UP);
        next = Status.DOWN;
        clock.advance(Duration.ofMillis(900));

        assertThat(check.health().getStatus()).isEqualTo(Status.UP);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aReadingOlderThanTheCacheTimeIsTakenAgain() {
        check.health();
        next = Status.DOWN;
        clock.advance(Duration.ofMillis(1001));

        assertThat(check.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(calls).hasValue(2);
    }

}
