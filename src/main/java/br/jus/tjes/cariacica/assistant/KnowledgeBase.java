package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * Answers without the model: the one to three sentences of the site that answer the
 * question, then "Saiba mais:" and the pages they came from; or a plain "not found" and
 * the way to a person. Nothing is invented, so nothing can be wrong beyond what the site
 * itself says.
 */
final class KnowledgeBase {

    /** The longest text of a composed answer, the "Saiba mais" line included. */
    static final int MAX_TEXT = 600;

    private static final int SENTENCES = 3;

    /** The most pages an answer cites. */
    static final int SOURCES = 3;

    /** How many of the best passages compete for the answer's sentences. */

    private static final int MAX_SENTENCE = 280;

    /**
     * Shorter fragments are headings glued to the text ("Prazos.", "Acompanhar o
     * processo.").
     */
    private static final int MIN_SENTENCE_WORDS = 4;

    /**
     * A sentence ends at . ! ? or ; before a capital letter or a quote, but not after an
     * abbreviation such as "art." or "nº.".
     */
    static final Pattern SENTENCE_END = Pattern
        .compile("(?<=[.!?;])(?<!\\bart\\.)(?<!\\barts\\.)(?<!\\bn[ºo°]\\.)(?<!\\binc\\.)\\s+(?=[\\p{Lu}\"“(])");

    private static final String FAQ = "/perguntas-frequentes";

    private static final int CATEGORY_WORDS = 6;

    private static final Locale PT_BR = Locale.of("pt", "BR");

    private final MessageSource messages;

    KnowledgeBase(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The answer composed from the passages retrieval found, best first.
     * @param question the citizen's question
     * @param passages what retrieval found, best first; empty when nothing on the site is
     * relevant
     * @param fallbackReason why the model did not answer, or null
     * @return a composed answer, or the not-found reply
     */
    Answer answer(String question, List<Passage> passages, String fallbackReason) {
        if (passages.isEmpty()) {
            return notFound(Mode.KNOWLEDGE_BASE, fallbackReason);
        }
        Composed composed = compose(question, passages);
        return new Answer(composed.text(), composed.sources(), Mode.KNOWLEDGE_BASE, Outcome.ANSWERED, fallbackReason,
                Duration.ZERO, 0, 0);
    }

    /**
     * The fixed reply when nothing on the site answers: says so plainly and offers the
     * human channels (listed beside it as the handoff).
     * @param mode who was asked
     * @param fallbackReason why the model did not answer, or null
     * @return the not-found answer
     */
    Answer notFound(Mode mode, String fallbackReason) {
        return new Answer(text("assistente.base.nao-encontrado"), List.of(), mode, Outcome.NOT_FOUND, fallbackReason,
                Duration.ZERO, 0, 0);
    }

    /**
     * The sentences that answer the question and their sources, best source first.
     * @param question the citizen's question
     * @param passages at least one passage, best first
     * @return the text and its sources
     */
    Composed compose(String question, List<Passage> passages) {
        Set<String> asked = new HashSet<>(Folding.stems(question));
        Passage best = passages.get(0);
        List<Scored> bestSentences = scored(best, asked);
        int bestScore = top(bestSentences);
        // Retrieval ranks the pages (rarity of the question's words, titles and staff
        // phrasings first): its best page is the answer's source; this only picks the
        // sentences of that page that answer.
        List<Source> sources = sources(best, passages);
        String more = text("assistente.base.saiba-mais") + " "
                + String.join("; ", sources.stream().map(Source::title).toList()) + ".";
        String body = sentences(bestSentences, bestScore, MAX_TEXT - more.length() - 2);
        return new Composed(body + "\n\n" + more, sources);
    }

    /**
     * The pages another reply's sources are followed by: those a composed answer over the
     * same passages would cite, up to {@link #SOURCES} in all, a page already cited (its
     * query aside) not again. Two entries of the FAQ are two answers, not one page.
     * @param cited the reply's own sources, first
     * @param passages what retrieval found, best first; not empty
     * @return the sources, the reply's own first
     */
    List<Source> after(List<Source> cited, List<Passage> passages) {
        List<Source> all = new ArrayList<>(cited);
        for (Source source : sources(passages.get(0), passages)) {
            if (all.size() < SOURCES && all.stream().noneMatch((one) -> samePage(one, source))) {
                all.add(source);
            }
        }
        return List.copyOf(all);
    }

    private static boolean samePage(Source one, Source other) {
        return one.url().replaceFirst("\\?[^#]*", "").equals(other.url().replaceFirst("\\?[^#]*", ""));
    }

    // One link a page: two passages of the same page (its hours and its contacts) would
    // list it twice; the best passage's title names it.
    private static List<Source> sources(Passage best, List<Passage> passages) {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put(best.url(), new Source(best.title(), best.url()));
        for (Passage passage : passages) {
            if (sources.size() >= SOURCES) {
                break;
            }
            sources.putIfAbsent(passage.url(), new Source(passage.title(), passage.url()));
        }
        return List.copyOf(sources.values());
    }

    // The best sentence and up to two more that also hold words of the question, in the
    // passage's order; the passage's opening sentences when none does.
    private static String sentences(List<Scored> sentences, int bestScore, int room) {
        if (sentences.isEmpty()) {
            return "";
        }
        List<Scored> chosen = new ArrayList<>();
        List<Scored> byScore = new ArrayList<>(sentences);
        byScore.sort((a, b) -> (a.score() != b.score()) ? Integer.compare(b.score(), a.score())
                : Integer.compare(a.position(), b.position()));
        int used = 0;
        for (Scored sentence : byScore) {
            if (chosen.size() >= SENTENCES || (bestScore > 0 && sentence.score() == 0)) {
                break;
            }
            if (!chosen.isEmpty() && used + sentence.text().length() + 1 > room) {
                continue;
            }
            chosen.add(sentence);
            used += sentence.text().length() + 1;
            if (bestScore == 0 && used > room / 2) {
                break;
            }
        }
        if (chosen.size() == 1 && bestScore > 0) {
            // One sentence alone often only introduces: the one after it usually says
            // how.
            int next = chosen.get(0).position() + 1;
            if (next < sentences.size() && used + sentences.get(next).text().length() + 1 <= room) {
                chosen.add(sentences.get(next));
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.position(), b.position()));
        String text = String.join(" ", chosen.stream().map(Scored::text).toList());
        return (text.length() <= room) ? text : cut(text, room);
    }

    private static int top(List<Scored> sentences) {
        return sentences.stream().mapToInt(Scored::score).max().orElse(-1);
    }

    // The passage's sentences, headings glued to them dropped, each scored.
    private static List<Scored> scored(Passage passage, Set<String> asked) {
        List<Scored> scored = new ArrayList<>();
        String text = withoutTitle(passage.text().replaceAll("\\s+", " ").strip(), passage.title());
        String[] sentences = SENTENCE_END.split(text);
        for (int i = 0; i < sentences.length; i++) {
            String clean = sentences[i].strip();
            // An FAQ entry's text starts with its category's name ("Prazos.", "Certidões,
            // custas e gratuidade.").
            if (i == 0 && sentences.length > 1 && passage.url().startsWith(FAQ)
                    && Folding.words(clean).size() <= CATEGORY_WORDS) {
                continue;
            }
            if (clean.isEmpty() || (clean.endsWith("…") && clean.length() < 40)) {
                continue;
            }
            if (Folding.words(clean).size() < MIN_SENTENCE_WORDS) {
                continue;
            }
            Set<String> stems = new HashSet<>(Folding.stems(clean));
            stems.retainAll(asked);
            scored.add(new Scored((clean.length() <= MAX_SENTENCE) ? clean : cut(clean, MAX_SENTENCE), stems.size(),
                    scored.size()));
        }
        return scored;
    }

    private static String withoutTitle(String text, String title) {
        if (title != null && !title.isBlank() && text.startsWith(title)) {
            return text.substring(title.length()).replaceFirst("^[\\s.:—-]+", "");
        }
        return text;
    }

    /**
     * Cut at a word boundary, with an ellipsis.
     * @param text any text
     * @param length the longest result
     * @return the text, or its start and an ellipsis
     */
    static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length - 1);
        return text.substring(0, (cut > length / 2) ? cut : length - 1).strip() + "…";
    }

    private String text(String key) {
        return this.messages.getMessage(key, null, PT_BR);
    }

    /**
     * A composed answer.
     *
     * @param text the sentences that answer, then "Saiba mais:"
     * @param sources the pages, best first
     */
    record Composed(String text, List<Source> sources) {
    }

    private record Scored(String text, int score, int position) {
    }

}
