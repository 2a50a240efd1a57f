package br.jus.tjes.cariacica.audit;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Plain JDBC inserts: there is no entity, so nothing can load an event, change it and
 * save it back.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEvent event) {
        this.jdbc.sql("""
                insert into audit_event (action, actor, client_address, target, detail, before_value, after_value)
                values (:action, :actor, :address, :target, :detail, :before, :after)
                """)
            .param("action", event.action().name())
            .param("actor", cut((event.actor() != null) ? event.actor() : currentUser(), 100))
            .param("address", cut((event.clientAddress() != null) ? event.clientAddress() : currentAddress(), 64))
            .param("target", cut(event.target(), 300))
            .param("detail", cut(event.detail(), 2000))
            .param("before", event.before())
            .param("after", event.after())
            .update();
    }

    @Override
    @Transactional
    public int deleteOlderThan(Instant cutoff) {
        // The site's role has no DELETE on the trail: the owner's function deletes old
        // rows only, never one younger than a year (V82).
        Long deleted = this.jdbc.sql("select audit_event_purge(:cutoff)")
            .param("cutoff", Timestamp.from(cutoff))
            .query(Long.class)
            .single();
        return Math.toIntExact(deleted);
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication.getName();
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        // Control characters (an injected CR/LF, for one) never reach the trail or a log
        // line built from it.
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return (clean.length() <= max) ? clean : clean.substring(0, max - 1) + "…";
    }

}
