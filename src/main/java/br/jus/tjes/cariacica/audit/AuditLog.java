package br.jus.tjes.cariacica.audit;

import java.time.Instant;

/**
 * The audit trail: an append-only record of security and staff events, viewed by
 * administrators at {@code /admin/auditoria}. Other modules call {@link #record} for
 * every change they make on a staff member's behalf (content, imports, conversation
 * exports and erasures).
 */
public interface AuditLog {

    /**
     * Appends the event. Inside a transaction it joins it, so a change and its audit row
     * commit or roll back together; a failure to write is thrown, never swallowed.
     */
    void record(AuditEvent event);

    /**
     * Deletes the events older than {@code cutoff}: the only way a row ever leaves the
     * trail, for the retention job. The database never deletes an event younger than 365
     * days, whatever the cutoff. Returns how many were deleted.
     */
    int deleteOlderThan(Instant cutoff);

}
