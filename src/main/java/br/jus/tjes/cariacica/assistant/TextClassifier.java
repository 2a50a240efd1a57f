package br.jus.tjes.cariacica.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;

/**
 * A multinomial logistic regression over a message's folded words, its twos and threes of
 * consecutive words and the beginnings of its longer words, learned from labelled
 * messages: what {@link QuestionIntents} and {@link QuestionPages} learn with.
 * Deterministic (the examples' order, a fixed number of passes), so the same examples
 * always give the same model.
 *
 * @param <L> what a message is labelled with
 */
final class TextClassifier<L> {

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

    private final List<L> labels;

    private final Weights weights;

    private final double[] bias;

    private TextClassifier(List<L> labels, Weights weights, double[] bias) {
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * A model learned from the given examples; each label weighs as much as the others,
     * however many examples it has.
     * @param <L> what a message is labelled with
     * @param labels every label, in a fixed order
     * @param examples labelled messages, in the order they are learned
     * @param seen how many examples a feature must be in to be learned: 1 learns every
     * feature; 2 drops those of a single example (most of the threes of words), which
     * mostly memorise that example and take most of the room
     * @return the model
     */
    static <L> TextClassifier<L> learn(List<L> labels, List<Labelled<L>> examples, int seen) {
        Map<L, Integer> index = new HashMap<>();
        labels.forEach((label) -> index.put(label, index.size()));
        int[] counts = new int[labels.size()];
        List<String[]> features = new ArrayList<>(examples.size());
        Map<String, Integer> occurrences = new HashMap<>();
        for (Labelled<L> example : examples) {
            counts[index.get(example.label())]++;
            String[] found = features(Folding.words(example.message()));
            for (String feature : found) {
                occurrences.merge(feature, 1, Integer::sum);
            }
            features.add(found);
        }
        if (seen > 1) {
            features.replaceAll((found) -> Arrays.stream(found)
                .filter((feature) -> occurrences.get(feature) >= seen)
                .toArray(String[]::new));
        }
        double[] labelWeight = new double[labels.size()];
        for (int k = 0; k < labelWeight.length; k++) {
            labelWeight[k] = (counts[k] > 0) ? examples.size() / (double) (labelWeight.length * counts[k]) : 0;
        }
        // Each example's features as their weights, looked up once: a feature's weights
        // start at zero, as if created when first learned.
        Map<String, double[]> weights = new HashMap<>();
        List<double[][]> rows = features.stream()
            .map((found) -> Arrays.stream(found)
                .map((feature) -> weights.computeIfAbsent(feature, (key) -> new double[labels.size()]))
                .toArray(double[][]::new))
            .toList();
        double[] bias = new double[labels.size()];
        double[] probability = new double[labels.size()];
        double[] gradient = new double[labels.size()];
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < examples.size(); i++) {
                double[][] row = rows.get(i);
                int label = index.get(examples.get(i).label());
                probabilities(bias, row, probability);
                // The loss's slope for each label's score, the example's label weighed.
                for (int k = 0; k < gradient.length; k++) {
                    gradient[k] = (probability[k] - ((k == label) ? 1 : 0)) * labelWeight[label];
                    bias[k] -= BIAS_RATE * gradient[k];
                }
                for (double[] w : row) {
                    for (int k = 0; k < gradient.length; k++) {
                        w[k] -= LEARNING_RATE * (gradient[k] + DECAY * w[k]);
                    }
                }
            }
        }
        return new TextClassifier<>(List.copyOf(labels), new Weights(weights, labels.size()), bias);
    }

    /**
     * The labelled messages of a file: {@code label<TAB>message} a line, {@code #}
     * comments.
     * @param <L> what a message is labelled with
     * @param resource the file's class-path location
     * @param label reads a label
     * @return its examples, in order
     */
    static <L> List<Labelled<L>> read(String resource, Function<String, L> label) {
        List<Labelled<L>> examples = new ArrayList<>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                examples.add(new Labelled<>(label.apply(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return examples;
    }

    /** Every label, in the order {@link #probabilities} gives theirs. */
    List<L> labels() {
        return this.labels;
    }

    /**
     * How likely each label is for the message's words.
     * @param words the message's folded words ({@link Folding#words})
     * @return one probability a label, in the order of {@link #labels()}; they add up to
     * one
     */
    double[] probabilities(List<String> words) {
        double[] probability = this.bias.clone();
        for (String feature : features(words)) {
            this.weights.addTo(feature, probability);
        }
        softmax(probability);
        return probability;
    }

    // The softmax of each label's bias plus the weights of the message's features.
    private static void probabilities(double[] bias, double[][] features, double[] probability) {
        System.arraycopy(bias, 0, probability, 0, bias.length);
        for (double[] w : features) {
            for (int k = 0; k < probability.length; k++) {
                probability[k] += w[k];
            }
        }
        softmax(probability);
    }

    // Each label's score becomes its probability.
    private static void softmax(double[] probability) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : probability) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int k = 0; k < probability.length; k++) {
            probability[k] = Math.exp(probability[k] - max);
            sum += probability[k];
        }
        for (int k = 0; k < probability.length; k++) {
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

    /**
     * The learned weights, read-only: each feature's row of one weight a label, found by
     * a 64-bit hash of the feature in an open-addressing table, and every row in one
     * array. Kept as the map they are learned in (a string key, a map entry and an array
     * for each feature), the two models held 27 MB of the 512 MB heap for the
     * application's whole life, in the old generation the 1,500-conversation benchmark
     * fills (docs/PERFORMANCE.md); so, 19 MB, with the same weights and the same sums in
     * the same order. Two features with the same hash are refused when the table is made;
     * a message's feature unknown to the model and with the hash of a known one (about
     * one chance in 10^13 a lookup) would add that one's weights.
     */
    private static final class Weights {

        private final int labels;

        private final long[] keys;

        private final int[] rows;

        private final double[] values;

        private final int mask;

        Weights(Map<String, double[]> learned, int labels) {
            this.labels = labels;
            int capacity = Integer.highestOneBit(Math.max(2, learned.size() * 4 / 3)) << 1;
            this.keys = new long[capacity];
            this.rows = new int[capacity];
            this.values = new double[learned.size() * labels];
            this.mask = capacity - 1;
            int row = 0;
            for (Map.Entry<String, double[]> entry : learned.entrySet()) {
                long hash = hash(entry.getKey());
                int slot = (int) hash & this.mask;
                while (this.keys[slot] != 0) {
                    if (this.keys[slot] == hash) {
                        throw new IllegalStateException("Two features with one hash: " + entry.getKey());
                    }
                    slot = (slot + 1) & this.mask;
                }
                this.keys[slot] = hash;
                this.rows[slot] = row;
                System.arraycopy(entry.getValue(), 0, this.values, row * labels, labels);
                row++;
            }
        }

        /** Adds the feature's weights to the scores, when the model knows it. */
        void addTo(String feature, double[] scores) {
            long hash = hash(feature);
            for (int slot = (int) hash & this.mask; this.keys[slot] != 0; slot = (slot + 1) & this.mask) {
                if (this.keys[slot] == hash) {
                    int start = this.rows[slot] * this.labels;
                    for (int k = 0; k < this.labels; k++) {
                        scores[k] += this.values[start + k];
                    }
                    return;
                }
            }
        }

        // FNV-1a over the characters, then MurmurHash3's finaliser; never zero (the
        // empty slot).
        private static long hash(String feature) {
            long hash = 0xcbf29ce484222325L;
            for (int i = 0; i < feature.length(); i++) {
                hash = (hash ^ feature.charAt(i)) * 0x100000001b3L;
            }
            hash ^= hash >>> 33;
            hash *= 0xff51afd7ed558ccdL;
            hash ^= hash >>> 33;
            hash *= 0xc4ceb9fe1a85ec53L;
            hash ^= hash >>> 33;
            return (hash != 0) ? hash : 1;
        }

    }

    /**
     * One labelled message.
     *
     * @param <L> what it is labelled with
     * @param label what it asks for
     * @param message the message as a citizen wrote it
     */
    record Labelled<L>(L label, String message) {
    }

}
