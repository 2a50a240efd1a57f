package br.jus.tjes.cariacica.assistant;

import java.time.Duration;

/**
 * The SQL of a chat message's two database steps, each one statement: one round trip and
 * one short transaction (autocommit), with no connection held in between.
 *
 * <p>
 * The allowance is a fixed window per client address, as Bucket4j's interval refill was:
 * the first message opens a window of one minute in which {@code limit} messages go
 * through; the next message after it opens a new one. {@code INSERT … ON CONFLICT DO
 * UPDATE} takes the address's row lock, so concurrent messages from any instance are
 * counted one after the other and the limit is exact across instances. {@code used} stops
 * at {@code limit + 1}: a refused message changes nothing but proves the refusal. The
 * data-modifying CTEs below it see the allowance and store nothing when it is used up;
 * they all see the snapshot from before the statement, so the history does not include
 * the question being stored.
 */
final class ChatStatements {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private static final String ALLOWANCE = """
            allowance as (
                insert into assistant_rate_limit_bucket as bucket (id, used, expires_at)
                values (:address, 1, :windowEnd)
                on conflict (id) do update set
                    used = case when bucket.expires_at <= :now then 1 else least(bucket.used + 1, :limit + 1) end,
                    expires_at = case when bucket.expires_at <= :now then :windowEnd else bucket.expires_at end
                returning used, expires_at
            )""";

    /** A new conversation and its first message, when the allowance lets it through. */
    static final String NEW_CONVERSATION = "with " + ALLOWANCE + """
            ,
            conversation as (
                insert into assistant_conversation (id, token_hash, created_at, updated_at)
                select :conversationId, :tokenHash, :createdAt, :createdAt from allowance where used <= :limit
                returning id
            ),
            question as (
                insert into assistant_message (id, conversation_id, created_at, role, content)
                select :messageId, id, :createdAt, 'citizen', :content from conversation
            )
            select used, expires_at from allowance
            """;

    /**
     * A message in an existing conversation (matched by id and token hash; the hash of a
     * 256-bit random token compared in SQL tells an attacker nothing), with the earlier
     * messages, oldest first, in one result: one row per history message, or one row with
     * nulls.
     */
    static final String CONTINUED_CONVERSATION = "with " + ALLOWANCE + """
            ,
            touched as (
                update assistant_conversation set updated_at = :createdAt
                where id = :conversationId and token_hash = :tokenHash
                  and (select used from allowance) <= :limit
                returning id
            ),
            question as (
                insert into assistant_message (id, conversation_id, created_at, role, content)
                select :messageId, id, :createdAt, 'citizen', :content from touched
            )
            select allowance.used, allowance.expires_at, exists (select 1 from touched) as found,
                   history.role, history.content
            from allowance
            left join lateral (
                select role, content, created_at from assistant_message
                where conversation_id = :conversationId and exists (select 1 from touched)
                order by created_at desc
                limit :history
            ) history on true
            order by history.created_at
            """;

    private static final String ANSWER = """
            insert into assistant_message (id, conversation_id, created_at, role, content, mode, outcome,
                                           fallback_reason, latency_ms, prompt_tokens, completion_tokens)
            values (:id, :conversationId, :createdAt, 'assistant', :content, :mode, :outcome,
                    :fallbackReason, :latencyMs, :promptTokens, :completionTokens)""";

    private ChatStatements() {
    }

    /**
     * The answer and its sources in one statement (positions from 0, as the entity's
     * order column), with the tokens the model's reply cost added to the day's spending
     * when it cost any ({@link SpendingBudget#SPEND}): one round trip, where a statement
     * of the budget's own took another connection and another park of the request.
     * @param sources how many sources the answer cites
     * @param spent whether the answer cost tokens (then the statement returns the day's
     * spending)
     * @return the statement, with {@code :titleN} and {@code :urlN} for source N
     */
    static String answer(int sources, boolean spent) {
        if (sources == 0 && !spent) {
            return ANSWER;
        }
        var sql = new StringBuilder("with answer as (").append(ANSWER).append(')');
        if (spent) {
            sql.append(",\n").append(SpendingBudget.SPEND);
        }
        if (sources > 0) {
            sql.append(spent ? ",\nsources as (" : "\n")
                .append("insert into assistant_message_source (message_id, position, title, url) values ");
            for (int i = 0; i < sources; i++) {
                sql.append((i > 0) ? ", " : "")
                    .append("(:id, ")
                    .append(i)
                    .append(", :title")
                    .append(i)
                    .append(", :url")
                    .append(i)
                    .append(")");
            }
            sql.append(spent ? ")" : "");
        }
        if (spent) {
            sql.append("\nselect requests, tokens from spending");
        }
        return sql.toString();
    }

}
