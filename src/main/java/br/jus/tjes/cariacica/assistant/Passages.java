package br.jus.tjes.cariacica.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import br.jus.tjes.cariacica.search.SearchHit;
import br.jus.tjes.cariacica.search.SiteSearch;

/**
 * The court's content for one question: the site's search passages and the unit's facts,
 * each with an id the model can cite ({@code F1}, {@code F2}…). Best first; an empty list
 * means nothing on the site is relevant (the search applies the relevance floor; a
 * message that tries to give the assistant instructions never reaches it:
 * {@link OutOfScope#isInstruction}).
 */
final class Passages {

    private static final int MAX_PASSAGE_CHARS = 1500;

    /** How many search candidates the learned order chooses from, per passage shown. */
    private static final int CANDIDATES = 2;

    private static final Pattern GREETINGS = Pattern.compile("\\b(bom dia|boa tarde|boa noite|ate logo|ate mais)\\b");

    /**
     * A call the citizen wants to avoid ("dá pra ver pela internet, sem precisar
     * ligar?"), or the citizen's own phone ("meu celular é daqueles só de ligar"): it
     * does not ask for the unit's phone, so neither the live contacts answer nor the
     * contacts fact takes it as a contact word. Over folded text.
     */
    static final Pattern WITHOUT_CALLING = Pattern
        .compile("\\bsem (precisar |ter que |ter de |ter q )?(de )?(ligar|telefonar|ligacao)\\b"
                + "|\\b(meu|minha) (celular|telefone|fone)( \\w+){0,5} (de|pra|para) ligar\\b");

    /** One's boss at work: {@link #withoutBoss}. Over folded text. */
    private static final Pattern BOSS = Pattern
        .compile("\\b(meu|minha|pro|pra|para o|ao) encarregad[oa]\\b(?!( \\w+){0,3} (dados|lgpd))");

    private final SiteSearch search;

    private final CourtFacts facts;

    private final int limit;

    private final Gate gate;

    Passages(SiteSearch search, CourtFacts facts, int limit, Gate gate) {
        this.search = search;
        this.facts = facts;
        this.limit = limit;
        this.gate = gate;
    }

    /**
     * Searches once; the result gives both the model's and the knowledge base's passages.
     * @param question the citizen's (redacted) message
     * @return what the site has for the question
     */
    Found find(String question) {
        String normalised = Folding.fold(question);
        // "Boa noite" is a greeting, not a question about the plantão.
        String asked = WITHOUT_CALLING.matcher(GREETINGS.matcher(normalised).replaceAll(" ")).replaceAll(" ");
        List<String> words = List.of(asked.split("[^a-z0-9-]+"));
        List<CourtFacts.Fact> all = this.facts.facts();
        // The unit's own facts answer questions about the unit: a hospital
        // "funcionando de madrugada" shares a word with its hours, not the subject, and
        // "o telefone do motorista" is not the unit's phone.
        boolean anotherPlace = OutOfScope.namesAnotherPlace(question);
        List<CourtFacts.Fact> mentioned = all.stream()
            .filter((fact) -> !(anotherPlace && fact.unitsOwn()))
            .filter((fact) -> fact.keywords()
                .stream()
                .anyMatch((keyword) -> mentions(asked, words, keyword)
                        && !(fact.unitsOwn() && LiveAnswers.onlyAnotherOwners(words, keyword))))
            .toList();
        // Twice as many candidates as are shown, so that the page the labelled questions
        // point to is among them more often; the learned order picks which are shown.
        String withoutBoss = withoutBoss(normalised);
        List<SearchHit> ordered = QuestionPages.order(question,
                hits(withoutBoss.equals(normalised) ? question : withoutBoss));
        return new Found(ordered.subList(0, Math.min(this.limit, ordered.size())), all, mentioned);
    }

    /**
     * The text without one's boss at work ("pedir pro encarregado me liberar"), who is
     * not the encarregado of personal data the privacy page names.
     * @param folded a folded message
     * @return the same text, the boss left out
     */
    static String withoutBoss(String folded) {
        Matcher boss = BOSS.matcher(folded);
        return boss.find() ? boss.replaceAll(" ") : folded;
    }

    /**
     * What the model reads: every fact (they are few and short), then the best search
     * hits; empty when nothing on the site is relevant.
     * @param question the citizen's (redacted) message
     * @return the passages, with ids
     */
    List<Passage> forModel(String question) {
        return find(question).forModel();
    }

    /**
     * What the knowledge base shows: the best search hits and the facts the question is
     * about, best first; empty when nothing on the site is relevant.
     * @param question the citizen's (redacted) message
     * @return the passages, with ids
     */
    List<Passage> forKnowledgeBase(String question) {
        return find(question).forKnowledgeBase();
    }

    /**
     * A whole word, a longer word's beginning ("funciona" in "funcionamento"), or a
     * phrase.
     */
    private static boolean mentions(String question, List<String> words, String keyword) {
        if (keyword.contains(" ")) {
            return question.contains(keyword);
        }
        return words.stream()
            .anyMatch((word) -> word.equals(keyword) || (keyword.length() >= 6 && word.startsWith(keyword)));
    }

    private List<SearchHit> hits(String question) {
        return this.search.relevantPassages(question, CANDIDATES * this.limit, this.gate::pass);
    }

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        return (text.length() <= MAX_PASSAGE_CHARS) ? text : text.substring(0, MAX_PASSAGE_CHARS) + "…";
    }

    /**
     * What a search that is not cached goes through before its statement (the chat's
     * admission: it takes a pool connection); a cached answer skips it.
     */
    @FunctionalInterface
    interface Gate {

        /**
         * Runs the search when there is room for it.
         * @param search the search
         * @return its hits
         */
        List<SearchHit> pass(Supplier<List<SearchHit>> search);

    }

    /**
     * One search's result.
     *
     * @param hits the relevant search hits, best first
     * @param facts every fact of the unit
     * @param mentioned the facts whose keywords the question mentions
     */
    record Found(List<SearchHit> hits, List<CourtFacts.Fact> facts, List<CourtFacts.Fact> mentioned) {

        /**
         * Whether nothing on the site is relevant: no search hit above the floor and no
         * fact the question is about.
         * @return true when the knowledge base has nothing to say
         */
        boolean isEmpty() {
            return this.hits.isEmpty() && this.mentioned.isEmpty();
        }

        /**
         * Every fact, then the hits; nothing when nothing is relevant, so the model is
         * not asked what the site cannot answer.
         * @return the model's passages
         */
        List<Passage> forModel() {
            if (isEmpty()) {
                return List.of();
            }
            List<Passage> passages = new ArrayList<>();
            this.facts.forEach((fact) -> add(passages, fact));
            this.hits.forEach((hit) -> add(passages, hit));
            return passages;
        }

        /**
         * The best hit first; a fact the question mentions comes first only when the best
         * hit is on the fact's own page (it is the same information, current), and after
         * the best hit otherwise, so a fact never pushes aside the page that answers.
         * @return the knowledge base's passages
         */
        List<Passage> forKnowledgeBase() {
            List<Passage> passages = new ArrayList<>();
            if (this.hits.isEmpty()) {
                this.mentioned.forEach((fact) -> add(passages, fact));
                return passages;
            }
            SearchHit best = this.hits.getFirst();
            boolean factsFirst = this.mentioned.stream().anyMatch((fact) -> fact.url().equals(best.url()));
            if (!factsFirst) {
                add(passages, best);
            }
            this.mentioned.forEach((fact) -> add(passages, fact));
            // A page whose facts are shown is not shown again.
            this.hits.stream()
                .skip(factsFirst ? 0 : 1)
                .filter((hit) -> this.mentioned.stream().noneMatch((fact) -> fact.url().equals(hit.url())))
                .forEach((hit) -> add(passages, hit));
            return passages;
        }

        private static void add(List<Passage> passages, CourtFacts.Fact fact) {
            passages.add(new Passage("F" + (passages.size() + 1), fact.title(), fact.url(), fact.text()));
        }

        private static void add(List<Passage> passages, SearchHit hit) {
            passages.add(new Passage("F" + (passages.size() + 1), hit.title(), hit.url(), shortened(hit.passage())));
        }

    }

}
