package br.jus.tjes.cariacica.assistant;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import br.jus.tjes.cariacica.security.ClientAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversations in PostgreSQL. Every method is one short transaction: none is open
 * while the assistant waits on the model. The two steps of every chat message (the
 * question with the rate-limit decision, then the answer with its sources) are one SQL
 * statement each ({@link ChatStatements}), the rest goes through JPA.
 */
@Service
class ConversationStore {

    private final ConversationRepository conversations;

    private final MessageRepository messages;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final SpendingBudget budget;

    ConversationStore(ConversationRepository conversations, MessageRepository messages, JdbcClient jdbc, Clock clock,
            SpendingBudget budget) {
        this.conversations = conversations;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.budget = budget;
    }

    /**
     * Takes one message from the client address's allowance and stores the citizen's
     * (redacted) message in a new conversation, or in the given one when the token
     * matches, returning the messages before it, oldest first. One statement, so one
     * short transaction and one round trip: nothing is stored when the allowance is used
     * up or the conversation is not found.
     * @param clientAddress whose allowance the message takes
     * @param limit messages per minute and address
     * @param conversationId the conversation, or null for a new one
     * @param token the conversation's token
     * @param redactedText the message, already redacted
     * @param historyMessages how many earlier messages to return
     * @return the conversation, its history and the allowance
     * @throws RateLimitExceededException when the address has used its allowance
     * @throws ConversationNotFoundException when the conversation does not exist or the
     * token does not match
     */
    Opened recordQuestion(String clientAddress, int limit, UUID conversationId, String token, String redactedText,
            int historyMessages) {
        Instant now = this.clock.instant();
        // IPv6 by /64, so one subscriber cannot take a new allowance per address.
        String address = ClientAddress.key(clientAddress);
        UUID messageId = UUID.randomUUID();
        if (conversationId == null) {
            UUID id = UUID.randomUUID();
            String newToken = ConversationTokens.newToken();
            Allowance allowance = this.jdbc.sql(ChatStatements.NEW_CONVERSATION)
                .params(allowanceParameters(address, limit, now))
                .param("conversationId", id)
                .param("tokenHash", ConversationTokens.hash(newToken))
                .param("messageId", messageId)
                .param("createdAt", timestamp(now))
                .param("content", redactedText)
                .query((rs, n) -> allowance(rs.getInt("used"), rs.getLong("expires_at"), limit, now))
                .single();
            requireAllowed(allowance);
            return new Opened(id, newToken, messageId, List.of(), allowance);
        }
        if (!ConversationTokens.isWellFormed(token)) {
            throw new ConversationNotFoundException();
        }
        List<ContinuedRow> rows = this.jdbc.sql(ChatStatements.CONTINUED_CONVERSATION)
            .params(allowanceParameters(address, limit, now))
            .param("conversationId", conversationId)
            .param("tokenHash", ConversationTokens.hash(token))
            .param("messageId", messageId)
            .param("createdAt", timestamp(now))
            .param("content", redactedText)
            .param("history", historyMessages)
            .query((rs, n) -> new ContinuedRow(allowance(rs.getInt("used"), rs.getLong("expires_at"), limit, now),
                    rs.getBoolean("found"), rs.getString("role"), rs.getString("content")))
            .list();
        ContinuedRow first = rows.getFirst();
        requireAllowed(first.allowance());
        if (!first.found()) {
            throw new ConversationNotFoundException();
        }
        List<Turn> history = rows.stream()
            .filter((row) -> row.role() != null)
            .map((row) -> new Turn(Message.CITIZEN.equals(row.role()), row.content()))
            .toList();
        return new Opened(conversationId, null, messageId, history, first.allowance());
    }

    /**
     * Stores the assistant's answer with its sources, and adds the tokens it cost to the
     * day's spending, in one statement (one round trip, no transaction to open and close
     * around it).
     * @param conversationId the conversation
     * @param answer the answer
     * @return the answer's message id
     */
    UUID recordAnswer(UUID conversationId, Answer answer) {
        UUID id = UUID.randomUUID();
        long tokens = answer.promptTokens() + answer.completionTokens();
        boolean spent = tokens > 0;
        Instant now = this.clock.instant();
        var statement = this.jdbc.sql(ChatStatements.answer(answer.sources().size(), spent))
            .param("id", id)
            .param("conversationId", conversationId)
            .param("createdAt", timestamp(now))
            .param("content", answer.text())
            .param("mode", answer.mode().value())
            .param("outcome", answer.outcome().value())
            .param("fallbackReason", answer.fallbackReason())
            .param("latencyMs", (int) Math.min(Integer.MAX_VALUE, answer.latency().toMillis()))
            .param("promptTokens", (int) answer.promptTokens())
            .param("completionTokens", (int) answer.completionTokens());
        for (int i = 0; i < answer.sources().size(); i++) {
            Source source = answer.sources().get(i);
            statement = statement.param("title" + i, cut(source.title(), 300)).param("url" + i, cut(source.url(), 500));
        }
        if (!spent) {
            statement.update();
            return id;
        }
        LocalDate day = this.budget.day(now);
        statement.param("spentOn", Date.valueOf(day))
            .param("spentTokens", tokens)
            .query((rs, n) -> this.budget.seen(day, rs.getLong("requests"), rs.getLong("tokens")))
            .optional();
        return id;
    }

    /**
     * Removes the allowances whose window has ended (they would allow everything anyway).
     * @return how many
     */
    int removeExpiredAllowances() {
        return this.jdbc.sql("delete from assistant_rate_limit_bucket where expires_at < :now")
            .param("now", this.clock.millis())
            .update();
    }

    @Transactional(readOnly = true)
    ConversationView read(UUID conversationId, String token) {
        Conversation conversation = find(conversationId, token);
        List<ConversationView.Entry> entries = this.messages.findByConversationIdOrderByCreatedAtAsc(conversationId)
            .stream()
            .map((message) -> new ConversationView.Entry(message.id(), message.fromCitizen() ? "citizen" : "assistant",
                    message.content(), message.createdAt(), message.mode(), message.outcome(), message.sources(),
                    message.useful()))
            .toList();
        return new ConversationView(conversation.id(), conversation.createdAt(), entries);
    }

    /** Erases a conversation and its messages (LGPD). */
    @Transactional
    void erase(UUID conversationId, String token) {
        this.conversations.delete(find(conversationId, token));
    }

    /**
     * Erases a conversation and its messages at a staff member's request (LGPD), without
     * its token; returns whether there was one.
     */
    @Transactional
    boolean eraseForStaff(UUID conversationId) {
        return this.conversations.findById(conversationId).map((conversation) -> {
            this.conversations.delete(conversation);
            return true;
        }).orElse(false);
    }

    /** Records whether an answer helped; only the assistant's messages can be rated. */
    @Transactional
    void rate(UUID conversationId, String token, UUID messageId, boolean useful, String comment) {
        String text = MessageRules.comment(comment);
        find(conversationId, token);
        Message message = this.messages.findByIdAndConversationId(messageId, conversationId)
            .filter((candidate) -> !candidate.fromCitizen())
            .orElseThrow(ConversationNotFoundException::new);
        message.rate(useful, text, this.clock.instant());
    }

    /**
     * Erases every conversation untouched for longer than {@code age}; returns how many.
     */
    @Transactional
    int eraseOlderThan(Duration age) {
        return this.conversations.deleteUpdatedBefore(this.clock.instant().minus(age));
    }

    private Conversation find(UUID conversationId, String token) {
        return this.conversations.findById(conversationId)
            .filter((conversation) -> ConversationTokens.matches(token, conversation.tokenHash()))
            .orElseThrow(ConversationNotFoundException::new);
    }

    private static Map<String, Object> allowanceParameters(String address, int limit, Instant now) {
        return Map.of("address", address, "limit", limit, "now", now.toEpochMilli(), "windowEnd",
                now.plus(ChatStatements.WINDOW).toEpochMilli());
    }

    private static Allowance allowance(int used, long expiresAt, int limit, Instant now) {
        long resetSeconds = Math.max(1, (expiresAt - now.toEpochMilli() + 999) / 1000);
        return new Allowance(used <= limit, limit, Math.max(0, limit - used), resetSeconds);
    }

    private static void requireAllowed(Allowance allowance) {
        if (!allowance.allowed()) {
            throw new RateLimitExceededException(allowance);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int length) {
        return (text.length() > length) ? text.substring(0, length) : text;
    }

    /**
     * What {@link #recordQuestion} did: the conversation, a new token if it was created,
     * the history, and the client address's allowance.
     */
    record Opened(UUID conversationId, String newToken, UUID messageId, List<Turn> history, Allowance allowance) {
    }

    private record ContinuedRow(Allowance allowance, boolean found, String role, String content) {
    }

}
