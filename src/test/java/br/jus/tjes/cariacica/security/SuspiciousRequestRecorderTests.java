package br.jus.tjes.cariacica.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuspiciousRequestRecorderTests {

    private final List<AuditEvent> written = new ArrayList<>();

    private final AuditLog trail = new AuditLog() {
        @Override
        public void record(AuditEvent event) {
            SuspiciousRequestRecorderTests.this.written.add(event);
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            return 0;
        }
    };

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));

    private final SuspiciousRequestRecorder recorder = new SuspiciousRequestRecorder(this.trail, this.clock);

    @Test
    void aBurstFromOneAddressWritesOneRowAndTheNextRowCountsTheRest() {
        for (int i = 0; i < 50; i++) {
            this.recorder.record("GET", "/x/%2e%2e/" + i, "path traversal no caminho", "203.0.113.7");
        }
        this.recorder.record("GET", "/y", "path traversal no caminho", "203.0.113.8");
        this.clock.advance(Duration.ofMinutes(1));
        this.recorder.record("GET", "/x/%2e%2e/z", "path traversal no caminho", "203.0.113.7");

        assertThat(this.written).extracting(AuditEvent::clientAddress)
            .containsExactly("203.0.113.7", "203.0.113.8", "203.0.113.7");
        assertThat(this.written.get(0).target()).isEqualTo("GET /x/%2e%2e/0");
        assertThat(this.written.get(2).detail()).contains("+49 pedidos suspeitos omitidos");
    }

}
