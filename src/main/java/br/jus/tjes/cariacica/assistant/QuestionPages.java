package br.jus.tjes.cariacica.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import br.jus.tjes.cariacica.assistant.TextClassifier.Labelled;
import br.jus.tjes.cariacica.search.SearchHit;

/**
 * Which of the pages the search found answers a question, learned from citizens'
 * questions labelled with the page that answers them. The search ranks pages by the
 * question's words; a question told as a story shares most of its words with pages it is
 * not about, and every blind evaluation part brought such stories the search's weights
 * did not order (docs/ASSISTANT.md). This model learns, from the questions already
 * labelled, which words ask for which page.
 * <p>
 * It only orders what the search found: a page the search did not find is not added, a
 * page it has never seen a question for keeps the search's place, and nothing the search
 * left out as irrelevant comes back, so it never changes whether the site answers, only
 * which of its pages comes first. A {@link TextClassifier}, learned when first used from
 * {@code assistant/question-pages.tsv}.
 */
final class QuestionPages {

    static final String EXAMPLES = "assistant/question-pages.tsv";

    private final TextClassifier<String> model;

    private final Map<String, Integer> index = new HashMap<>();

    private QuestionPages(TextClassifier<String> model) {
        this.model = model;
        model.labels().forEach((page) -> this.index.put(page, this.index.size()));
    }

    /**
     * The search's hits, the page the labelled questions say answers the question first.
     * @param question the citizen's message
     * @param hits what the search found, best first
     * @return the same hits, reordered
     */
    static List<SearchHit> order(String question, List<SearchHit> hits) {
        return Learned.MODEL.reorder(question, hits, SearchHit::url);
    }

    /**
     * A model learned from the given examples.
     * @param examples questions labelled with their pages, in the order they are learned
     * @return the model
     */
    static QuestionPages learn(List<Labelled<String>> examples) {
        var pages = new LinkedHashSet<String>();
        examples.forEach((example) -> pages.add(example.label()));
        return new QuestionPages(TextClassifier.learn(List.copyOf(pages), examples, 2));
    }

    /**
     * The labelled questions of a file: {@code page<TAB>question} a line.
     * @param resource the file's class-path location
     * @return its examples, in order
     */
    static List<Labelled<String>> examples(String resource) {
        return TextClassifier.read(resource, Function.identity());
    }

    /**
     * Candidates reordered by how likely the model finds their pages: the places of the
     * pages it knows are given to those pages, most likely first (the search's order
     * among equals, such as two passages of one page); a page it has no question for (one
     * the staff just wrote) keeps the place the search gave it.
     * @param <T> a candidate
     * @param question the citizen's message
     * @param candidates the search's candidates, best first
     * @param page a candidate's page
     * @return the candidates, reordered
     */
    <T> List<T> reorder(String question, List<T> candidates, Function<T, String> page) {
        if (candidates.size() < 2) {
            return candidates;
        }
        double[] probability = this.model.probabilities(Folding.words(question));
        List<Scored<T>> known = new ArrayList<>();
        for (T candidate : candidates) {
            Integer label = this.index.get(page.apply(candidate));
            if (label != null) {
                known.add(new Scored<>(candidate, probability[label], known.size()));
            }
        }
        known.sort(Comparator.<Scored<T>>comparingDouble(Scored::score).reversed().thenComparingInt(Scored::position));
        List<T> ordered = new ArrayList<>(candidates.size());
        var next = known.iterator();
        for (T candidate : candidates) {
            ordered.add(this.index.containsKey(page.apply(candidate)) ? next.next().candidate() : candidate);
        }
        return ordered;
    }

    private record Scored<T>(T candidate, double score, int position) {
    }

    // Learned once, on first use.
    private static final class Learned {

        static final QuestionPages MODEL = learn(examples(EXAMPLES));

    }

}
