package br.jus.tjes.cariacica.assistant;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import br.jus.tjes.cariacica.time.CourtTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizens' questions that got no good answer (the assistant did not find it, or the
 * citizen marked the answer not useful), grouped by their normalised text so that "Como
 * pego uma certidão?" and "como pego uma certidao" count as one, most frequent first:
 * what the FAQ is missing.
 */
@Component
class UnansweredQuestions {

    static final int LIMIT = 50;

    private final JdbcClient jdbc;

    private final ZoneId zone;

    UnansweredQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.zone = CourtTime.ZONE;
    }

    /**
     * The most frequent first, then the most recent; {@code contains} (optional) narrows
     * them by a fragment.
     */
    @Transactional(readOnly = true)
    List<Question> mostFrequent(String contains, int limit) {
        // Each citizen message paired with the answer right after it in its conversation.
        return this.jdbc.sql("""
                with paired as (
                    select m.role, m.content, m.created_at,
                           lead(m.role) over turns as answer_role,
                           lead(m.outcome) over turns as answer_outcome,
                           lead(m.useful) over turns as answer_useful
                    from assistant_message m
                    window turns as (partition by m.conversation_id
                                     order by m.created_at, case m.role when 'citizen' then 0 else 1 end, m.id)
                ),
                unanswered as (
                    select content, created_at, answer_outcome = 'not-found' as not_found,
                           coalesce(answer_useful = false, false) as not_useful,
                           assistant_question_key(content) as key
                    from paired
                    where role = 'citizen' and answer_role = 'assistant'
                      and (answer_outcome = 'not-found' or answer_useful = false)
                )
                select key, (array_agg(content order by created_at desc))[1] as example, count(*) as times,
                       count(*) filter (where not_found) as not_found,
                       count(*) filter (where not_useful) as not_useful,
                       max(created_at) as last_asked
                from unanswered
                where key <> '' and (:contains = '' or key like '%' || :contains || '%')
                group by key
                order by times desc, last_asked desc, key
                limit :limit
                """)
            .param("contains", normalisedFragment(contains))
            .param("limit", limit)
            .query((rs, n) -> new Question(rs.getString("key"), rs.getString("example"), rs.getLong("times"),
                    rs.getLong("not_found"), rs.getLong("not_useful"),
                    rs.getTimestamp("last_asked").toInstant().atZone(this.zone).toLocalDateTime()))
            .list();
    }

    /**
     * The filter fragment, normalised like the questions (which also leaves no LIKE
     * wildcard in it).
     */
    private String normalisedFragment(String contains) {
        if (contains == null || contains.isBlank()) {
            return "";
        }
        return this.jdbc.sql("select assistant_question_key(:text)")
            .param("text", contains)
            .query(String.class)
            .single();
    }

    /**
     * One group of questions.
     *
     * @param key the normalised text ({@code assistant_question_key}: lower case, no
     * accents, no punctuation)
     * @param example the latest question of the group as the citizen wrote it (already
     * redacted)
     * @param times how many times it was asked without a good answer
     * @param notFound of those, how many the assistant did not find
     * @param notUseful of those, how many answers the citizen marked not useful
     * @param lastAsked the latest time, in the court's time zone
     */
    record Question(String key, String example, long times, long notFound, long notUseful, LocalDateTime lastAsked) {
    }

}
