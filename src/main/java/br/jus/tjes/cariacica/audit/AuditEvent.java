package br.jus.tjes.cariacica.audit;

import java.util.Objects;

/**
 * One audit event to record. Start with {@link #of(AuditAction)} and add what applies;
 * the actor and the client address, when left {@code null}, are filled in by
 * {@link AuditLog#record} from the current user and request.
 *
 * @param action what happened
 * @param actor who did it (a username); {@code null}: the authenticated user of the
 * current request, if any
 * @param target what it was done to, for example {@code "aviso:42"} or
 * {@code "conta:maria"}
 * @param detail a short free text (never a password, never a citizen's personal data)
 * @param before the state before a change (for example JSON), or {@code null}
 * @param after the state after a change, or {@code null}
 * @param clientAddress the client's address; {@code null}: the current request's
 * {@code getRemoteAddr()}
 */
public record AuditEvent(AuditAction action, String actor, String target, String detail, String before, String after,
        String clientAddress) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
    }

    public static AuditEvent of(AuditAction action) {
        return new AuditEvent(action, null, null, null, null, null, null);
    }

    /**
     * A content change with the state before and after it (either may be {@code null}:
     * creation, deletion).
     */
    public static AuditEvent change(AuditAction action, String target, String before, String after) {
        return new AuditEvent(action, null, target, null, before, after, null);
    }

    public AuditEvent withActor(String actor) {
        return new AuditEvent(this.action, actor, this.target, this.detail, this.before, this.after,
                this.clientAddress);
    }

    public AuditEvent withTarget(String target) {
        return new AuditEvent(this.action, this.actor, target, this.detail, this.before, this.after,
                this.clientAddress);
    }

    public AuditEvent withDetail(String detail) {
        return new AuditEvent(this.action, this.actor, this.target, detail, this.before, this.after,
                this.clientAddress);
    }

    public AuditEvent withChange(String before, String after) {
        return new AuditEvent(this.action, this.actor, this.target, this.detail, before, after, this.clientAddress);
    }

    public AuditEvent withClientAddress(String clientAddress) {
        return new AuditEvent(this.action, this.actor, this.target, this.detail, this.before, this.after,
                clientAddress);
    }
}
