package br.jus.tjes.cariacica.assistant.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import br.jus.tjes.cariacica.assistant.AssistantProperties;
import br.jus.tjes.cariacica.assistant.CourtFacts;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;

/**
 * One chat message, end to end: validate, redact, store the question, let
 * {@link Answering} decide what to say, store the answer. Not transactional itself: each
 * store call is its own short transaction, so no database connection is held while the
 * model thinks.
 */
@Service
public class ChatService {

    private final ConversationStore store;

    private final Answering answering;

    private final ChatMetrics metrics;

    private final AssistantProperties properties;

    private final Clock clock;

    ChatService(ConversationStore store, Answering answering, MeterRegistry registry, AssistantProperties properties,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.answering = answering;
        this.properties = properties;
        this.metrics = new ChatMetrics(registry);
    }

    /**
     * Answers a message, in a new conversation when {@code conversationId} is null.
     * @param conversationId the conversation, or null for a new one
     * @param token the conversation's token
     * @param message the citizen's message as typed
     * @return the stored answer
     * @throws InvalidMessageException when the message breaks a rule (nothing is stored)
     * @throws ConversationNotFoundException when the conversation does not exist or the
     * token does not match
     */
    public ChatReply chat(UUID conversationId, String token, String message) {
        long started = System.nanoTime();
        Instant deadline = this.clock.instant().plus(this.properties.openai().totalBudget());
        String question = Redactor.redact(MessageRules.normalise(message));
        var opened = this.store.recordQuestion(conversationId, token, question, this.properties.historyMessages());

        Answer answer = this.answering.answer(question, opened.history(), deadline);
        answer = answer.withLatency(Duration.ofNanos(System.nanoTime() - started));
        UUID messageId = this.store.recordAnswer(opened.conversationId(), answer);
        this.metrics.answered(answer);
        return new ChatReply(opened.conversationId(), opened.newToken(), messageId, answer.text(), answer.sources(),
                answer.mode(), answer.outcome(), this.answering.handoff());
    }

    /**
     * The current ways to reach a person, for pages that show them beside the assistant.
     * @return the channels, in the order to offer them
     */
    public List<CourtFacts.Channel> handoff() {
        return this.answering.handoff();
    }

}
