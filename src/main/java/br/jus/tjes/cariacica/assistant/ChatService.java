package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;

/**
 * One chat message, end to end: admit it, validate, redact, take the allowance and store
 * the question (one statement), let {@link Answering} decide what to say, store the
 * answer (one statement). Not transactional itself, so no database connection is held
 * while the model thinks.
 */
@Service
class ChatService {

    /** The citizen's promise: an answer within 30 s of the request's arrival. */
    static final Duration PROMISE = Duration.ofSeconds(30);

    private final ConversationStore store;

    private final Answering answering;

    private final ChatMetrics metrics;

    private final AssistantProperties properties;

    private final ChatAdmission admission;

    private final Clock clock;

    ChatService(ConversationStore store, Answering answering, MeterRegistry registry, AssistantProperties properties,
            Clock clock, ChatAdmission admission) {
        this.clock = clock;
        this.store = store;
        this.answering = answering;
        this.properties = properties;
        this.metrics = new ChatMetrics(registry);
        this.admission = admission;
    }

    /**
     * Answers a message, in a new conversation when {@code conversationId} is null.
     * @param conversationId the conversation, or null for a new one
     * @param token the conversation's token
     * @param message the citizen's message as typed
     * @param clientAddress whose per-minute allowance the message takes
     * @param arrivedAt when the request arrived: every wait from then on (admission, the
     * pool, the model) counts against the promise
     * @return the stored answer, with the allowance left
     * @throws InvalidMessageException when the message breaks a rule (nothing is stored)
     * @throws ConversationNotFoundException when the conversation does not exist or the
     * token does not match
     * @throws RateLimitExceededException when the address has used its allowance
     * @throws ChatOverloadedException when this instance has no room for the message now
     */
    // The admission place is held for the whole message and released by closing it.
    @SuppressWarnings("try")
    ChatReply chat(UUID conversationId, String token, String message, String clientAddress, Instant arrivedAt) {
        try (var place = this.admission.enter()) {
            String question = Redactor.redact(MessageRules.normalise(message));
            Instant upstreamDeadline = arrivedAt.plus(this.properties.openai().totalBudget());
            Instant promised = arrivedAt.plus(PROMISE);
            var opened = this.admission.withDatabase(upstreamDeadline,
                    () -> this.store.recordQuestion(clientAddress, this.properties.rateLimit().requestsPerMinute(),
                            conversationId, token, question, this.properties.historyMessages()));

            Answer answer = this.answering.answer(question, opened.history(), upstreamDeadline);
            answer = answer.withLatency(Duration.between(arrivedAt, this.clock.instant()));
            Answer stored = answer;
            UUID messageId = this.admission.finishing(promised,
                    () -> this.store.recordAnswer(opened.conversationId(), stored));
            this.metrics.answered(answer);
            return new ChatReply(opened.conversationId(), opened.newToken(), messageId, answer.text(), answer.sources(),
                    answer.mode(), answer.outcome(), this.answering.handoff(), opened.allowance());
        }
    }

    /**
     * The current ways to reach a person, for pages that show them beside the assistant.
     * @return the channels, in the order to offer them
     */
    List<CourtFacts.Channel> handoff() {
        return this.answering.handoff();
    }

}
