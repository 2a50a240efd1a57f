package br.jus.tjes.cariacica.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;

/**
 * Writes events that anyone can cause in bulk (suspicious requests, refused and failed
 * logins) to the audit trail at most once per key (a kind of event from one client
 * address) per minute, per instance: a scanner or a password sprayer sending thousands
 * must not turn each into a database row kept for years. The next row of that key counts
 * the ones left out. Nothing else changes: every one of them is still refused.
 */
final class AuditAggregator {

    private static final Duration QUIET = Duration.ofMinutes(1);

    private static final int MAX_KEYS = 10_000;

    private final AuditLog audit;

    private final Clock clock;

    private final Map<String, Window> windows = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_KEYS;
        }
    };

    AuditAggregator(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Writes the event, or counts it when its key had a row less than a minute ago.
     * @param key what is counted together, for example the action and the address
     * @param event the row to write
     * @param leftOut how the count reads, for example
     * {@code "pedidos suspeitos omitidos"}
     */
    void record(String key, AuditEvent event, String leftOut) {
        String detail = event.detail();
        Instant now = this.clock.instant();
        synchronized (this.windows) {
            Window window = this.windows.get(key);
            if (window != null && now.isBefore(window.start().plus(QUIET))) {
                this.windows.put(key, new Window(window.start(), window.leftOut() + 1));
                return;
            }
            if (window != null && window.leftOut() > 0) {
                detail = ((detail != null) ? detail + " " : "") + "(+" + window.leftOut() + " " + leftOut
                        + " no minuto anterior)";
            }
            this.windows.put(key, new Window(now, 0));
        }
        this.audit.record(event.withDetail(detail));
    }

    private record Window(Instant start, long leftOut) {
    }

}
