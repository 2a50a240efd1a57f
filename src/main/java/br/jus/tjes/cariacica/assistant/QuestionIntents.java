package br.jus.tjes.cariacica.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * What a message asks for, learned from labelled messages: a question the court's site
 * answers, a request for legal advice, or something outside what the site can be about.
 * The rules of {@link LegalAdvice} and {@link OutOfScope} know the forms they were
 * written for; every blind evaluation part brought forms they did not (docs/ASSISTANT.md,
 * "Oitava rodada"). This model reads the same folded words as they do and weighs their
 * ones, twos and threes of consecutive words and the beginnings of its longer words, so a
 * new way of asking for an opinion on one's own case that shares its words with labelled
 * ones is recognised too.
 * <p>
 * A multinomial logistic regression, trained when first used from
 * {@code assistant/question-intents.tsv} (about 2,400 messages, about a tenth of a
 * second): deterministic (the file's order, a fixed number of passes), so the same file
 * always gives the same answers. Messages of fewer than {@value #MIN_WORDS} words ("bom
 * dia", "obrigado") carry too little to be judged and are always the court's.
 */
final class QuestionIntents {

    static final String EXAMPLES = "assistant/question-intents.tsv";

    static final int MIN_WORDS = 3;

    /**
     * How sure the model must be to say a message is advice or outside: below it, the
     * message is the court's and searched as any other. At 0.8 a model learned from four
     * fifths of the file (3,471 messages) is right in 98 out of 100 times it says advice
     * or outside, finds 88 and 82 out of 100 of them in the fifth it did not see, and
     * calls 26 of its 1,850 court questions advice or outside
     * ({@code QuestionIntentsTests}); at 0.75 it found 89 and 83 but called 34 court
     * questions so. A refusal still shows what the site says on the subject.
     */
    static final double CONFIDENCE = 0.8;

    /**
     * The letters of a longer word's beginning that are a feature of their own: an
     * inflection the labelled messages do not have ("recorrendo") or a word typed wrong
     * at its end shares them with the labelled words. Six, from
     * {@code QuestionIntentsTests}' cross-validation: four, five and seven did less well.
     */
    private static final int STEM = 6;

    private static final int PASSES = 30;

    private static final double LEARNING_RATE = 0.3;

    private static final double BIAS_RATE = 0.03;

    private static final double DECAY = 0.001;

    private static final Intent[] INTENTS = Intent.values();

    private final Map<String, double[]> weights;

    private final double[] bias;

    private QuestionIntents(Map<String, double[]> weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * What the message asks for, by the model learned from the labelled file.
     * @param message the citizen's message
     * @return advice or outside when the model is at least {@link #CONFIDENCE} sure of
     * it, else the court's
     */
    static Intent of(String message) {
        return Learned.MODEL.classify(message);
    }

    /**
     * A model learned from the given examples.
     * @param examples labelled messages, in the order they are learned
     * @return the model
     */
    static QuestionIntents learn(List<Example> examples) {
        int[] counts = new int[INTENTS.length];
        List<String[]> features = new ArrayList<>(examples.size());
        for (Example example : examples) {
            counts[example.intent().ordinal()]++;
            features.add(features(Folding.words(example.message())));
        }
        // Each intent weighs as much as the others, however many examples it has.
        double[] classWeight = new double[INTENTS.length];
        for (int k = 0; k < INTENTS.length; k++) {
            classWeight[k] = (counts[k] > 0) ? examples.size() / (double) (INTENTS.length * counts[k]) : 0;
        }
        Map<String, double[]> weights = new HashMap<>();
        double[] bias = new double[INTENTS.length];
        double[] probability = new double[INTENTS.length];
        double[] gradient = new double[INTENTS.length];
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < examples.size(); i++) {
                String[] words = features.get(i);
                int label = examples.get(i).intent().ordinal();
                probabilities(weights, bias, words, probability);
                // The loss's slope for each intent's score, the example's intent weighed.
                for (int k = 0; k < INTENTS.length; k++) {
                    gradient[k] = (probability[k] - ((k == label) ? 1 : 0)) * classWeight[label];
                    bias[k] -= BIAS_RATE * gradient[k];
                }
                for (String feature : words) {
                    double[] w = weights.computeIfAbsent(feature, (key) -> new double[INTENTS.length]);
                    for (int k = 0; k < INTENTS.length; k++) {
                        w[k] -= LEARNING_RATE * (gradient[k] + DECAY * w[k]);
                    }
                }
            }
        }
        return new QuestionIntents(weights, bias);
    }

    /**
     * The labelled examples of a file: {@code label<TAB>message} a line, {@code #}
     * comments.
     * @param resource the file's class-path location
     * @return its examples, in order
     */
    static List<Example> examples(String resource) {
        List<Example> examples = new ArrayList<>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                examples.add(new Example(Intent.valueOf(line.substring(0, tab).toUpperCase(Locale.ROOT)),
                        line.substring(tab + 1)));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return examples;
    }

    /**
     * What the message asks for, by this model.
     * @param message the citizen's message
     * @return advice or outside when the model is at least {@link #CONFIDENCE} sure of
     * it, else the court's
     */
    Intent classify(String message) {
        List<String> words = Folding.words(message);
        if (words.size() < MIN_WORDS) {
            return Intent.COURT;
        }
        double[] probability = new double[INTENTS.length];
        probabilities(this.weights, this.bias, features(words), probability);
        for (int k = 0; k < INTENTS.length; k++) {
            if (INTENTS[k] != Intent.COURT && probability[k] >= CONFIDENCE) {
                return INTENTS[k];
            }
        }
        return Intent.COURT;
    }

    private static void probabilities(Map<String, double[]> weights, double[] bias, String[] features,
            double[] probability) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < INTENTS.length; k++) {
            double score = bias[k];
            for (String feature : features) {
                double[] w = weights.get(feature);
                if (w != null) {
                    score += w[k];
                }
            }
            probability[k] = score;
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int k = 0; k < INTENTS.length; k++) {
            probability[k] = Math.exp(probability[k] - max);
            sum += probability[k];
        }
        for (int k = 0; k < INTENTS.length; k++) {
            probability[k] /= sum;
        }
    }

    // Each word, each two and each three consecutive words, and the beginning of
    // each long word ("recorr" of "recorrer", "recorrendo"), once each.
    private static String[] features(List<String> words) {
        var features = new LinkedHashSet<String>();
        for (int i = 0; i < words.size(); i++) {
            features.add(words.get(i));
            if (words.get(i).length() > STEM) {
                features.add("~" + words.get(i).substring(0, STEM));
            }
            if (i + 1 < words.size()) {
                features.add(words.get(i) + ' ' + words.get(i + 1));
                if (i + 2 < words.size()) {
                    features.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
                }
            }
        }
        return features.toArray(String[]::new);
    }

    /** What a message asks for. */
    enum Intent {

        /** A question the court's site answers. */
        COURT,

        /** An opinion on one's own case: declined. */
        ADVICE,

        /** Something the court's site cannot be about: the plain "not found". */
        OUTSIDE

    }

    /**
     * One labelled message.
     *
     * @param intent what it asks for
     * @param message the message as a citizen wrote it
     */
    record Example(Intent intent, String message) {
    }

    // Learned once, on first use.
    private static final class Learned {

        static final QuestionIntents MODEL = learn(examples(EXAMPLES));

    }

}
