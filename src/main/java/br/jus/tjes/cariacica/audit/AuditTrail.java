package br.jus.tjes.cariacica.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.time.CourtTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the trail for the audit page, newest first, a page at a time. */
@Component
class AuditTrail {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page; it has a next page when {@code PAGE_SIZE + 1} rows came back (the extra
     * one is dropped).
     */
    @Transactional(readOnly = true)
    Page find(AuditFilter filter) {
        var where = new ArrayList<String>();
        var statement = new StringBuilder("""
                select id, occurred_at, action, actor, client_address, target, detail, before_value, after_value
                from audit_event
                """);
        if (filter.acao() != null) {
            where.add("action = :action");
        }
        if (hasText(filter.usuario())) {
            where.add("actor = :actor");
        }
        if (hasText(filter.alvo())) {
            where.add("target ilike :target escape '\\'");
        }
        if (filter.de() != null) {
            where.add("occurred_at >= :from");
        }
        if (filter.ate() != null) {
            where.add("occurred_at < :until");
        }
        if (!where.isEmpty()) {
            statement.append(" where ").append(String.join(" and ", where));
        }
        statement.append(" order by occurred_at desc, id desc limit :limit offset :offset");

        var query = this.jdbc.sql(statement.toString())
            .param("limit", PAGE_SIZE + 1)
            .param("offset", (long) (filter.page() - 1) * PAGE_SIZE);
        if (filter.acao() != null) {
            query = query.param("action", filter.acao().name());
        }
        if (hasText(filter.usuario())) {
            query = query.param("actor", filter.usuario().strip());
        }
        if (hasText(filter.alvo())) {
            query = query.param("target", "%" + likeEscaped(filter.alvo().strip()) + "%");
        }
        if (filter.de() != null) {
            query = query.param("from", Timestamp.from(filter.de().atStartOfDay(CourtTime.ZONE).toInstant()));
        }
        if (filter.ate() != null) {
            query = query.param("until",
                    Timestamp.from(filter.ate().plusDays(1).atStartOfDay(CourtTime.ZONE).toInstant()));
        }
        List<AuditEntry> rows = query
            .query((rs, n) -> new AuditEntry(rs.getLong("id"),
                    rs.getTimestamp("occurred_at").toInstant().atZone(CourtTime.ZONE).toLocalDateTime(),
                    actionOf(rs.getString("action")), rs.getString("actor"), rs.getString("client_address"),
                    rs.getString("target"), rs.getString("detail"), rs.getString("before_value"),
                    rs.getString("after_value")))
            .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, filter.page(), hasNext);
    }

    private static AuditAction actionOf(String name) {
        try {
            return AuditAction.valueOf(name);
        }
        catch (IllegalArgumentException ex) {
            // A row written by a newer version of the application: shown without a label
            // rather than failing.
            return null;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record Page(List<AuditEntry> entries, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return this.number > 1;
        }
    }

}
