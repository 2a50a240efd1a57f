package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.search.SiteSearch;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the assistant says to one question, in this order: a question the site cannot be
 * about (weather, sport, small talk…) is "not found" without a search; a request for
 * legal advice is declined; a question the court's data answers (a case number, "é
 * aqui?", open now, contacts) is answered from it; otherwise the model over the retrieved
 * passages when it is configured and its reply is grounded in them, the knowledge base
 * when not. It touches no transaction: {@link ChatService} stores the question before and
 * the answer after.
 */
@Component
class Answering {

    static final String UNGROUNDED = "ungrounded";

    private static final String NO_KEY = "no-key";

    private static final String CIRCUIT_OPEN = "circuit-open";

    private static final Locale PT_BR = Locale.of("pt", "BR");

    private final UpstreamAnswerer upstream;

    private final Passages passages;

    private final KnowledgeBase knowledgeBase;

    private final LiveAnswers live;

    private final CourtFacts facts;

    private final SealedCaseNumbers sealedCases;

    private final MessageSource messages;

    private final SiteContent content;

    private final StaffWords staffWords;

    Answering(UpstreamAnswerer upstream, SiteSearch search, SiteContent content, MessageSource messages,
            AssistantProperties properties, Clock clock, SealedCaseNumbers sealedCases, ChatAdmission admission,
            StaffWords staffWords) {
        this.upstream = upstream;
        this.staffWords = staffWords;
        this.sealedCases = sealedCases;
        this.messages = messages;
        this.content = content;
        // The site's content: the one source of the unit's contacts.
        this.facts = new ContentCourtFacts(content, clock);
        this.passages = new Passages(search, this.facts, properties.passages(), admission::searching);
        this.knowledgeBase = new KnowledgeBase(messages);
        this.live = new LiveAnswers(content, clock, messages);
        // The two learned models take up to a second to learn on a cold JVM: in the
        // background at start-up, not on a citizen's first message (which waits for them
        // if it comes first).
        Thread.ofVirtual().name("assistant-models").start(() -> {
            QuestionIntents.of("");
            QuestionPages.order("", List.of());
        });
    }

    /**
     * The answer to a (redacted) question, given the conversation's earlier turns.
     * @param question the citizen's message, redacted
     * @param history the turns before it, oldest first
     * @param deadline when the citizen must have the answer; no upstream attempt starts
     * after it
     * @return what to show and store
     */
    Answer answer(String question, List<Turn> history, Instant deadline) {
        boolean modelAvailable = this.upstream.isConfigured();
        // Out of scope (an attempt to give the assistant instructions too, whatever it
        // then asks), declined or answered from the court's data: the model is not
        // needed, so these are not a fallback and do not say that the model is
        // unavailable.
        if (OutOfScope.isOutsideWhateverItAsks(question)) {
            return this.knowledgeBase.notFound(Mode.DIRECT, null);
        }
        // A subject of its own (health, a tax) makes a question "not found", unless the
        // rules and the learned model both read an opinion asked on one's own case: "tem
        // direito a casa? pagou o IPTU" and "ganha do plano de saúde?" are cases; "meu
        // cachorro fugiu, o que faço?" is not.
        boolean advice = LegalAdvice.isAdvice(question);
        if (OutOfScope.isOnASubjectOfItsOwn(question)
                && !(advice && QuestionIntents.of(question) == QuestionIntents.Intent.ADVICE)) {
            return this.knowledgeBase.notFound(Mode.DIRECT, null);
        }
        if (advice) {
            return refusal(question);
        }
        // A case number, the pauta, a term the guides define, "é aqui?": the court's
        // own questions, whatever the learned model guesses of the story around them.
        Optional<Answer> fromData = this.live.aboutTheCourt(question);
        if (fromData.isPresent()) {
            return withPagesFound(question, fromData.get());
        }
        // What no rule knows, as the labelled messages teach it. Something outside the
        // court's site before the unit's hours and contacts: "o aquaviário já voltou?
        // qual o horário?" asks for hours, not the court's.
        // A word staff taught the search is the court's, whatever the model guesses of
        // it; so is how to read the site ("tem como deixar as letras maiores?"), and how
        // to put one's papers into the case, whatever the story before it.
        QuestionIntents.Intent intent = QuestionIntents.of(question);
        if (intent == QuestionIntents.Intent.OUTSIDE && !this.staffWords.mentionedIn(question)
                && !LiveAnswers.asksHowToReadTheSite(question) && !LegalAdvice.asksHowToFilePapers(question)) {
            return this.knowledgeBase.notFound(Mode.DIRECT, null);
        }
        fromData = this.live.aboutTheUnit(question);
        if (fromData.isPresent()) {
            return withPagesFound(question, fromData.get());
        }
        // Whether a lawyer is required, how to file one's papers and whom to bring as a
        // witness are procedure, whatever dispute the story before them tells.
        if (intent == QuestionIntents.Intent.ADVICE && !LegalAdvice.asksIfLawyerRequired(question)
                && !LegalAdvice.asksHowToFilePapers(question) && !LegalAdvice.asksWhomToBringAsAWitness(question)) {
            return refusal(question);
        }
        if (!modelAvailable) {
            return this.knowledgeBase.answer(question, this.passages.forKnowledgeBase(question), NO_KEY);
        }
        UpstreamAnswerer.Call call = this.upstream.call();
        if (call == null) {
            // Skip the model's passages (every fact, the full hits): the knowledge base
            // answers.
            return this.knowledgeBase.answer(question, this.passages.forKnowledgeBase(question), CIRCUIT_OPEN);
        }
        try (call) {
            return askModel(question, history, deadline);
        }
    }

    private Answer askModel(String question, List<Turn> history, Instant deadline) {
        // A sealed case's number never goes upstream (docs/SECURITY.md).
        String outgoing = this.sealedCases.mask(question);
        // One search for the message: the fallbacks below reuse it.
        Passages.Found found = this.passages.find(outgoing);
        if (found.isEmpty()) {
            // Nothing on the site is relevant: the model is not asked what the site
            // cannot answer, and it is not unavailable either.
            return this.knowledgeBase.notFound(Mode.DIRECT, null);
        }
        List<Passage> given = found.forModel();
        var result = this.upstream
            .answer(new UpstreamRequest(outgoing, given, this.sealedCases.mask(history), deadline));
        return switch (result) {
            // "Not found" is said in our words: the model's own text might add something.
            case UpstreamResult.Answer reply when !reply.found() ->
                withTokens(this.knowledgeBase.notFound(Mode.AI, null), reply);
            case UpstreamResult.Answer reply when !reply.text().isBlank() && !reply.citedIds().isEmpty()
                    && Grounding.grounded(reply.text(), cited(given, reply.citedIds())) ->
                new Answer(reply.text(), sources(given, reply.citedIds()), Mode.AI, Outcome.ANSWERED, null,
                        Duration.ZERO, reply.promptTokens(), reply.completionTokens());
            // Uncited, unreadable, or stating what no cited passage holds: not shown.
            case UpstreamResult.Answer reply ->
                withTokens(this.knowledgeBase.answer(question, found.forKnowledgeBase(), UNGROUNDED), reply);
            case UpstreamResult.Unavailable unavailable ->
                this.knowledgeBase.answer(question, found.forKnowledgeBase(), unavailable.reason());
        };
    }

    // A live answer cites one or two pages; the search's best pages follow them, as a
    // composed answer's do: the live reading answers a word of the message, and when the
    // question was about something else its page is still one link away.
    private Answer withPagesFound(String question, Answer live) {
        if (live.sources().size() >= KnowledgeBase.SOURCES) {
            return live;
        }
        List<Passage> found;
        try {
            // No case number is searched for: a sealed one's pages would differ
            // (docs/SECURITY.md).
            found = this.passages.forKnowledgeBase(SealedCaseNumbers.withoutNumbers(question));
        }
        catch (ChatOverloadedException ex) {
            // The live answer needs no search: it is not refused for want of one.
            return live;
        }
        if (found.isEmpty()) {
            return live;
        }
        return new Answer(live.text(), this.knowledgeBase.after(live.sources(), found), live.mode(), live.outcome(),
                live.fallbackReason(), live.latency(), live.promptTokens(), live.completionTokens());
    }

    /** The current ways to reach a person. */
    List<CourtFacts.Channel> handoff() {
        return this.facts.channels();
    }

    // The fixed reply to a request for legal advice, with where to go when the subject is
    // another court's, or else what the site says on the subject when it says something.
    private Answer refusal(String question) {
        String text = this.messages.getMessage("assistente.recusa",
                new Object[] { this.content.unit().defensoriaPhone() }, PT_BR);
        Optional<KnowledgeBase.Composed> elsewhere = this.live.elsewhere(question);
        List<Passage> found = elsewhere.isPresent() ? List.of() : this.passages.forKnowledgeBase(question);
        List<Source> sources = new ArrayList<>();
        if (elsewhere.isPresent() || !found.isEmpty()) {
            KnowledgeBase.Composed helpful = elsewhere.orElseGet(() -> this.knowledgeBase.compose(question, found));
            text = text + "\n\n" + this.messages.getMessage("assistente.recusa.ajuda", null, PT_BR) + " "
                    + helpful.text();
            sources.addAll(helpful.sources());
        }
        Source attendance = new Source(this.messages.getMessage("assistente.vivo.atendimento", null, PT_BR),
                "/atendimento");
        if (sources.stream().noneMatch((source) -> source.url().equals(attendance.url()))) {
            sources.add(attendance);
        }
        return new Answer(text, List.copyOf(sources), Mode.DIRECT, Outcome.REFUSED, null, Duration.ZERO, 0, 0);
    }

    private static Answer withTokens(Answer answer, UpstreamResult.Answer reply) {
        return new Answer(answer.text(), answer.sources(), answer.mode(), answer.outcome(), answer.fallbackReason(),
                Duration.ZERO, reply.promptTokens(), reply.completionTokens());
    }

    private static List<Passage> cited(List<Passage> given, List<String> citedIds) {
        return given.stream().filter((passage) -> citedIds.contains(passage.id())).toList();
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
