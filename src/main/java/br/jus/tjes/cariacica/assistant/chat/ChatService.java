package br.jus.tjes.cariacica.assistant.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import br.jus.tjes.cariacica.assistant.AssistantProperties;
import br.jus.tjes.cariacica.assistant.CourtFacts;
import br.jus.tjes.cariacica.assistant.upstream.Passage;
import br.jus.tjes.cariacica.assistant.upstream.UpstreamAnswerer;
import br.jus.tjes.cariacica.assistant.upstream.UpstreamRequest;
import br.jus.tjes.cariacica.assistant.upstream.UpstreamResult;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.search.SiteSearch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * One chat message, end to end: validate, redact, store the question, retrieve the
 * court's content, ask the model (or not), store the answer. Not transactional itself:
 * each store call is its own short transaction, so no database connection is held while
 * the model thinks.
 */
@Service
public class ChatService {

    private final ConversationStore store;

    private final UpstreamAnswerer upstream;

    private final Passages passages;

    private final KnowledgeBase knowledgeBase;

    private final CourtFacts facts;

    private final ChatMetrics metrics;

    private final AssistantProperties properties;

    private final Clock clock = Clock.systemUTC();

    ChatService(ConversationStore store, UpstreamAnswerer upstream, ObjectProvider<SiteSearch> search,
            ObjectProvider<CourtFacts> courtFacts, ObjectProvider<SiteContent> content, MessageSource messages,
            MeterRegistry registry, AssistantProperties properties) {
        this.store = store;
        this.upstream = upstream;
        this.properties = properties;
        // A CourtFacts bean wins; otherwise the site's content; otherwise the configured
        // sample contacts.
        SiteContent siteContent = content.getIfAvailable();
        this.facts = courtFacts.getIfUnique(
                () -> siteContent != null ? new ContentCourtFacts(siteContent, properties.unit(), Clock.systemUTC())
                        : new ConfiguredCourtFacts(properties.unit(), Clock.systemUTC()));
        this.passages = new Passages(search, facts, properties.passages());
        this.knowledgeBase = new KnowledgeBase(messages);
        this.metrics = new ChatMetrics(registry);
    }

    /**
     * Answers a message, in a new conversation when {@code conversationId} is null.
     * @throws InvalidMessageException when the message breaks a rule (nothing is stored)
     * @throws ConversationNotFoundException when the conversation does not exist or the
     * token does not match
     */
    public ChatReply chat(UUID conversationId, String token, String message) {
        long started = System.nanoTime();
        Instant deadline = clock.instant().plus(properties.openai().totalBudget());
        String question = Redactor.redact(MessageRules.normalise(message));
        var opened = store.recordQuestion(conversationId, token, question, properties.historyMessages());

        Answer answer = answer(question, opened, deadline);
        answer = answer.withLatency(Duration.ofNanos(System.nanoTime() - started));
        UUID messageId = store.recordAnswer(opened.conversationId(), answer);
        metrics.answered(answer);
        return new ChatReply(opened.conversationId(), opened.newToken(), messageId, answer.text(), answer.sources(),
                answer.mode(), answer.outcome(), facts.channels());
    }

    private Answer answer(String question, ConversationStore.Opened opened, Instant deadline) {
        if (!upstream.isConfigured()) {
            return knowledgeBase.answer(passages.forKnowledgeBase(question), "no-key");
        }
        List<Passage> given = passages.forModel(question);
        var result = upstream.answer(new UpstreamRequest(question, given, opened.history(), deadline));
        return switch (result) {
            case UpstreamResult.Answer reply when !reply.text().isBlank() && !reply.found() ->
                new Answer(reply.text(), List.of(), Mode.AI, Outcome.NOT_FOUND, null, Duration.ZERO,
                        reply.promptTokens(), reply.completionTokens());
            case UpstreamResult.Answer reply when !reply.text().isBlank() && !reply.citedIds().isEmpty() ->
                new Answer(reply.text(), sources(given, reply.citedIds()), Mode.AI, Outcome.ANSWERED, null,
                        Duration.ZERO, reply.promptTokens(), reply.completionTokens());
            case UpstreamResult.Answer reply -> {
                // Not grounded in anything we gave it: not shown.
                Answer fallback = knowledgeBase.answer(passages.forKnowledgeBase(question), "ungrounded");
                yield new Answer(fallback.text(), fallback.sources(), fallback.mode(), fallback.outcome(),
                        fallback.fallbackReason(), Duration.ZERO, reply.promptTokens(), reply.completionTokens());
            }
            case UpstreamResult.Unavailable unavailable ->
                knowledgeBase.answer(passages.forKnowledgeBase(question), unavailable.reason());
        };
    }

    private static List<Source> sources(List<Passage> given, List<String> citedIds) {
        Map<String, Passage> byId = given.stream().collect(Collectors.toMap(Passage::id, Function.identity()));
        return citedIds.stream()
            .map(byId::get)
            .map(passage -> new Source(passage.title(), passage.url()))
            .distinct()
            .toList();
    }

    /**
     * The current ways to reach a person, for pages that show them beside the assistant.
     */
    public List<CourtFacts.Channel> handoff() {
        return facts.channels();
    }

}
