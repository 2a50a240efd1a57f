package br.jus.tjes.cariacica.assistant.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.assistant.AssistantProperties;
import br.jus.tjes.cariacica.assistant.CourtFacts;
import br.jus.tjes.cariacica.assistant.upstream.Passage;
import br.jus.tjes.cariacica.assistant.upstream.Turn;
import br.jus.tjes.cariacica.assistant.upstream.UpstreamAnswerer;
import br.jus.tjes.cariacica.assistant.upstream.UpstreamRequest;
import br.jus.tjes.cariacica.assistant.upstream.UpstreamResult;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.search.SiteSearch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the assistant says to one question: the court's content and live data, the model
 * when it is configured and answers, the knowledge base otherwise. It touches no
 * transaction: {@link ChatService} stores the question before and the answer after.
 */
@Component
class Answering {

    private final UpstreamAnswerer upstream;

    private final Passages passages;

    private final KnowledgeBase knowledgeBase;

    private final CourtFacts facts;

    Answering(UpstreamAnswerer upstream, ObjectProvider<SiteSearch> search, ObjectProvider<CourtFacts> courtFacts,
            ObjectProvider<SiteContent> content, MessageSource messages, AssistantProperties properties, Clock clock) {
        this.upstream = upstream;
        // A CourtFacts bean wins; otherwise the site's content, the one source of the
        // unit's contacts.
        this.facts = courtFacts.getIfUnique(() -> new ContentCourtFacts(content.getObject(), clock));
        this.passages = new Passages(search, this.facts, properties.passages());
        this.knowledgeBase = new KnowledgeBase(messages);
    }

    /**
     * The answer to a (redacted) question, given the conversation's earlier turns.
     * @param question the citizen's message, redacted
     * @param history the turns before it, oldest first
     * @param deadline when the citizen must have the answer; no upstream attempt starts
     * after it
     */
    Answer answer(String question, List<Turn> history, Instant deadline) {
        if (!this.upstream.isConfigured()) {
            return this.knowledgeBase.answer(this.passages.forKnowledgeBase(question), "no-key");
        }
        List<Passage> given = this.passages.forModel(question);
        var result = this.upstream.answer(new UpstreamRequest(question, given, history, deadline));
        return switch (result) {
            case UpstreamResult.Answer reply when !reply.text().isBlank() && !reply.found() ->
                new Answer(reply.text(), List.of(), Mode.AI, Outcome.NOT_FOUND, null, Duration.ZERO,
                        reply.promptTokens(), reply.completionTokens());
            case UpstreamResult.Answer reply when !reply.text().isBlank() && !reply.citedIds().isEmpty() ->
                new Answer(reply.text(), sources(given, reply.citedIds()), Mode.AI, Outcome.ANSWERED, null,
                        Duration.ZERO, reply.promptTokens(), reply.completionTokens());
            case UpstreamResult.Answer reply -> {
                // Not grounded in anything we gave it: not shown.
                Answer fallback = this.knowledgeBase.answer(this.passages.forKnowledgeBase(question), "ungrounded");
                yield new Answer(fallback.text(), fallback.sources(), fallback.mode(), fallback.outcome(),
                        fallback.fallbackReason(), Duration.ZERO, reply.promptTokens(), reply.completionTokens());
            }
            case UpstreamResult.Unavailable unavailable ->
                this.knowledgeBase.answer(this.passages.forKnowledgeBase(question), unavailable.reason());
        };
    }

    /** The current ways to reach a person. */
    List<CourtFacts.Channel> handoff() {
        return this.facts.channels();
    }

    private static List<Source> sources(List<Passage> given, List<String> citedIds) {
        Map<String, Passage> byId = given.stream().collect(Collectors.toMap(Passage::id, Function.identity()));
        return citedIds.stream()
            .map(byId::get)
            .map((passage) -> new Source(passage.title(), passage.url()))
            .distinct()
            .toList();
    }

}
