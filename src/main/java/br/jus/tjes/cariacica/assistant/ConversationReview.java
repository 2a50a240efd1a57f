package br.jus.tjes.cariacica.assistant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import br.jus.tjes.cariacica.assistant.ConversationDetail.StoredMessage;
import br.jus.tjes.cariacica.time.CourtTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stored conversations for staff, without their tokens: a read model in plain
 * SQL, as the review aggregates over messages in ways the chat's entities have no use
 * for.
 */
@Component
class ConversationReview {

    static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;

    private final ZoneId zone;

    ConversationReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.zone = CourtTime.ZONE;
    }

    /**
     * One page, most recently active first; it has a next page when {@code PAGE_SIZE + 1}
     * rows came back.
     */
    @Transactional(readOnly = true)
    Page find(ConversationFilter filter) {
        String having = (filter.filtro() == null) ? "" : "having " + switch (filter.filtro()) {
            case BASE_DE_CONHECIMENTO -> "bool_or(m.mode = 'knowledge-base' and m.outcome = 'answered')";
            case SEM_RESPOSTA -> "bool_or(m.outcome = 'not-found')";
            case NAO_UTIL -> "bool_or(m.useful = false)";
            case RECUSADA -> "bool_or(m.outcome = 'refused')";
            case NAO_FUNDAMENTADA -> "bool_or(m.fallback_reason = 'ungrounded')";
        };
        List<ConversationSummary> rows = this.jdbc.sql("""
                select c.id, c.created_at,
                       (select q.content from assistant_message q
                        where q.conversation_id = c.id and q.role = 'citizen'
                        order by q.created_at limit 1) as first_question,
                       count(m.id) as messages,
                       coalesce(bool_or(m.mode = 'ai'), false) as ai,
                       coalesce(bool_or(m.mode = 'knowledge-base'), false) as knowledge_base,
                       coalesce(bool_or(m.mode = 'direct'), false) as direct,
                       round(avg(m.latency_ms))::integer as latency,
                       count(*) filter (where m.useful) as useful,
                       count(*) filter (where m.useful = false) as not_useful,
                       count(*) filter (where m.outcome = 'not-found') as not_found
                from assistant_conversation c
                left join assistant_message m on m.conversation_id = c.id
                group by c.id
                %s
                order by c.updated_at desc, c.id
                limit :limit offset :offset
                """.formatted(having))
            .param("limit", PAGE_SIZE + 1)
            .param("offset", (long) (filter.page() - 1) * PAGE_SIZE)
            .query((rs, n) -> new ConversationSummary(rs.getObject("id", UUID.class),
                    instant(rs, "created_at").atZone(this.zone).toLocalDateTime(), rs.getString("first_question"),
                    rs.getInt("messages"), rs.getBoolean("ai"), rs.getBoolean("knowledge_base"),
                    rs.getBoolean("direct"), rs.getObject("latency", Integer.class), rs.getInt("useful"),
                    rs.getInt("not_useful"), rs.getInt("not_found")))
            .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, filter.page(), hasNext);
    }

    /** The whole conversation with its messages and their sources, oldest first. */
    @Transactional(readOnly = true)
    Optional<ConversationDetail> detail(UUID conversationId) {
        var conversation = this.jdbc.sql("select created_at, updated_at from assistant_conversation where id = ?")
            .param(conversationId)
            .query((rs, n) -> new Instant[] { instant(rs, "created_at"), instant(rs, "updated_at") })
            .optional();
        if (conversation.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<Source>> sources = new HashMap<>();
        this.jdbc.sql("""
                select s.message_id, s.title, s.url from assistant_message_source s
                join assistant_message m on m.id = s.message_id
                where m.conversation_id = ? order by s.message_id, s.position
                """).param(conversationId).query((ResultSet rs) -> addSource(sources, rs));
        List<StoredMessage> messages = this.jdbc.sql("""
                select id, role, content, created_at, mode, outcome, fallback_reason, latency_ms, prompt_tokens,
                       completion_tokens, useful, feedback_comment, feedback_at
                from assistant_message where conversation_id = ?
                order by created_at, case role when 'citizen' then 0 else 1 end, id
                """).param(conversationId).query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new StoredMessage(id, rs.getString("role"), rs.getString("content"), instant(rs, "created_at"),
                    rs.getString("mode"), rs.getString("outcome"), rs.getString("fallback_reason"),
                    rs.getObject("latency_ms", Integer.class), rs.getObject("prompt_tokens", Integer.class),
                    rs.getObject("completion_tokens", Integer.class), rs.getObject("useful", Boolean.class),
                    rs.getString("feedback_comment"), instant(rs, "feedback_at"),
                    List.copyOf(sources.getOrDefault(id, List.of())));
        }).list();
        Instant[] dates = conversation.get();
        return Optional.of(new ConversationDetail(conversationId, dates[0], dates[1], messages));
    }

    ZoneId zone() {
        return this.zone;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return (timestamp != null) ? timestamp.toInstant() : null;
    }

    private static void addSource(Map<UUID, List<Source>> sources, ResultSet rs) throws SQLException {
        sources.computeIfAbsent(rs.getObject("message_id", UUID.class), (id) -> new ArrayList<>())
            .add(new Source(rs.getString("title"), rs.getString("url")));
    }

    record Page(List<ConversationSummary> conversations, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return this.number > 1;
        }
    }

}
