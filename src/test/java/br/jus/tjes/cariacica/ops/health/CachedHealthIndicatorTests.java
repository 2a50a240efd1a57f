package br.jus.tjes.cariacica.ops.health;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import br.jus.tjes.cariacica.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class CachedHealthIndicatorTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));

    private final AtomicInteger calls = new AtomicInteger();

    private volatile Status next = Status.UP;

    private final CachedHealthIndicator check = new CachedHealthIndicator(() -> {
        this.calls.incrementAndGet();
        return Health.status(this.next).build();
    }, Duration.ofSeconds(1), this.clock);

    @Test
    void pollsWithinTheCacheTimeReuseTheLastReading() {
        assertThat(this.check.health().getStatus()).isEqualTo(Status.UP);
        this.next = Status.DOWN;
        this.clock.advance(Duration.ofMillis(900));

        assertThat(this.check.health().getStatus()).isEqualTo(Status.UP);
        assertThat(this.calls).hasValue(1);
    }

    @Test
    void aReadingOlderThanTheCacheTimeIsTakenAgain() {
        this.check.health();
        this.next = Status.DOWN;
        this.clock.advance(Duration.ofMillis(1001));

        assertThat(this.check.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(this.calls).hasValue(2);
    }

}
