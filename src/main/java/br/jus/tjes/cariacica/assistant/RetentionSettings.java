package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.util.Optional;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long conversations are kept (LGPD): the days staff set, stored in PostgreSQL so
 * every instance and the daily clean-up read the same value, or the configured
 * {@code court.assistant.retention} until someone sets it.
 */
@Component
class RetentionSettings {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 3650;
    static final String AUDIT_TARGET = "assistente:retencao";

    /**
     * Below this many days the retention is for ADMIN alone (an EDITOR cannot set it).
     */
    static final int ADMIN_ONLY_BELOW_DAYS = 30;

    private final JdbcClient jdbc;

    private final AssistantProperties properties;

    private final AuditLog audit;

    RetentionSettings(JdbcClient jdbc, AssistantProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
    }

    /** The retention in force: the stored days, or the configured default. */
    @Transactional(readOnly = true)
    Duration retention() {
        return storedDays().<Duration>map(Duration::ofDays).orElse(this.properties.retention());
    }

    /** The days staff set, if anyone did. */
    @Transactional(readOnly = true)
    Optional<Integer> storedDays() {
        return this.jdbc.sql("select retention_days from assistant_settings").query(Integer.class).optional();
    }

    /** The configured default, in whole days (what applies while nothing is stored). */
    long defaultDays() {
        return this.properties.retention().toDays();
    }

    /**
     * Whether someone may set this many days.
     * @param days the retention asked for
     * @param admin whether the person is an administrator
     * @return {@code true} within range and, below {@link #ADMIN_ONLY_BELOW_DAYS}, for an
     * administrator only
     */
    static boolean allowed(int days, boolean admin) {
        return days >= MIN_DAYS && days <= MAX_DAYS && (admin || days >= ADMIN_ONLY_BELOW_DAYS);
    }

    /**
     * Stores the new retention and audits the change (before and after) in the same
     * transaction.
     * @param days the new retention in days
     * @param actor who changes it
     * @param admin whether {@code actor} is an administrator
     */
    @Transactional
    void change(int days, String actor, boolean admin) {
        if (!allowed(days, admin)) {
            throw new IllegalArgumentException("Retention not allowed: " + days + " days, admin " + admin);
        }
        long before = storedDays().map(Integer::longValue).orElse(defaultDays());
        this.jdbc.sql("""
                insert into assistant_settings (id, retention_days, updated_at, updated_by)
                values (true, :days, now(), :actor)
                on conflict (id) do update
                set retention_days = excluded.retention_days, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                """).param("days", days).param("actor", actor).update();
        this.audit
            .record(AuditEvent.change(AuditAction.SETTINGS_CHANGED, AUDIT_TARGET, "dias=" + before, "dias=" + days)
                .withActor(actor));
    }

}
