package br.jus.tjes.cariacica.security;

import java.time.Clock;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;

/**
 * Writes suspicious requests to the audit trail, at most one row per client address per
 * minute ({@link AuditAggregator}): the next row of that address says how many were left
 * out. Every one of them is still refused.
 */
final class SuspiciousRequestRecorder {

    private final AuditAggregator aggregator;

    SuspiciousRequestRecorder(AuditLog audit, Clock clock) {
        this.aggregator = new AuditAggregator(audit, clock);
    }

    void record(String method, String path, String reason, String address) {
        this.aggregator.record(ClientAddress.key(address),
                AuditEvent.of(AuditAction.SUSPICIOUS_REQUEST)
                    .withTarget(method + " " + path)
                    .withDetail(reason)
                    .withClientAddress(address),
                "pedidos suspeitos omitidos");
    }

}
