package br.jus.tjes.cariacica.assistant.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import br.jus.tjes.cariacica.assistant.upstream.Turn;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversations in PostgreSQL. Every method is one short transaction: none is open
 * while the assistant waits on the model.
 */
@Service
public class ConversationStore {

    private final ConversationRepository conversations;

    private final MessageRepository messages;

    private final Clock clock;

    ConversationStore(ConversationRepository conversations, MessageRepository messages, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Stores the citizen's (redacted) message in a new conversation, or in the given one
     * when the token matches, and returns the messages before it, oldest first.
     */
    @Transactional
    Opened recordQuestion(UUID conversationId, String token, String redactedText, int historyMessages) {
        Instant now = this.clock.instant();
        Conversation conversation;
        String newToken = null;
        List<Turn> history = List.of();
        if (conversationId == null) {
            newToken = ConversationTokens.newToken();
            conversation = this.conversations
                .save(new Conversation(UUID.randomUUID(), ConversationTokens.hash(newToken), now));
        }
        else {
            conversation = find(conversationId, token);
            conversation.touch(now);
            if (historyMessages > 0) {
                history = this.messages
                    .findByConversationIdOrderByCreatedAtDesc(conversationId, Limit.of(historyMessages))
                    .reversed()
                    .stream()
                    .map((message) -> new Turn(message.fromCitizen(), message.content()))
                    .toList();
            }
        }
        Message question = this.messages.save(Message.fromCitizen(conversation.id(), redactedText, now));
        return new Opened(conversation.id(), newToken, question.id(), history);
    }

    /** Stores the assistant's answer; returns its message id. */
    @Transactional
    UUID recordAnswer(UUID conversationId, Answer answer) {
        return this.messages.save(Message.fromAssistant(conversationId, answer, this.clock.instant())).id();
    }

    @Transactional(readOnly = true)
    public ConversationView read(UUID conversationId, String token) {
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
    public void erase(UUID conversationId, String token) {
        this.conversations.delete(find(conversationId, token));
    }

    /**
     * Erases a conversation and its messages at a staff member's request (LGPD), without
     * its token; returns whether there was one.
     */
    @Transactional
    public boolean eraseForStaff(UUID conversationId) {
        return this.conversations.findById(conversationId).map((conversation) -> {
            this.conversations.delete(conversation);
            return true;
        }).orElse(false);
    }

    /** Records whether an answer helped; only the assistant's messages can be rated. */
    @Transactional
    public void rate(UUID conversationId, String token, UUID messageId, boolean useful, String comment) {
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
    public int eraseOlderThan(Duration age) {
        return this.conversations.deleteUpdatedBefore(this.clock.instant().minus(age));
    }

    private Conversation find(UUID conversationId, String token) {
        return this.conversations.findById(conversationId)
            .filter((conversation) -> ConversationTokens.matches(token, conversation.tokenHash()))
            .orElseThrow(ConversationNotFoundException::new);
    }

    /**
     * What {@link #recordQuestion} did: the conversation, a new token if it was created,
     * the history.
     */
    record Opened(UUID conversationId, String newToken, UUID messageId, List<Turn> history) {
    }

}
