package br.jus.tjes.cariacica.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;

/**
 * Writes suspicious requests to the audit trail, at most one row per client address per
 * minute (per instance): a scanner sending thousands of probes must not turn each into a
 * database write. The next row of that address says how many were left out. Every one of
 * them is still refused.
 */
final class SuspiciousRequestRecorder {

    private static final Duration QUIET = Duration.ofMinutes(1);

    private static final int MAX_ADDRESSES = 10_000;

    private final AuditLog audit;

    private final Clock clock;

    private final Map<String, Window> windows = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    SuspiciousRequestRecorder(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void record(String method, String path, String reason, String address) {
        String detail = reason;
        Instant now = this.clock.instant();
        synchronized (this.windows) {
            Window window = this.windows.get(address);
            if (window != null && now.isBefore(window.start().plus(QUIET))) {
                this.windows.put(address, new Window(window.start(), window.leftOut() + 1));
                return;
            }
            if (window != null && window.leftOut() > 0) {
                detail = reason + " (+" + window.leftOut() + " pedidos suspeitos omitidos no minuto anterior)";
            }
            this.windows.put(address, new Window(now, 0));
        }
        this.audit.record(AuditEvent.of(AuditAction.SUSPICIOUS_REQUEST)
            .withTarget(method + " " + path)
            .withDetail(detail)
            .withClientAddress(address));
    }

    private record Window(Instant start, long leftOut) {
    }

}
