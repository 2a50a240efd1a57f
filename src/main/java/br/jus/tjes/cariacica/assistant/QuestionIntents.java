package br.jus.tjes.cariacica.assistant;

import java.util.List;
import java.util.Locale;

import br.jus.tjes.cariacica.assistant.TextClassifier.Labelled;

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
 * A {@link TextClassifier}, trained when first used from
 * {@code assistant/question-intents.tsv} (about 4,400 messages, a fraction of a second):
 * the same file always gives the same answers. Messages of fewer than {@value #MIN_WORDS}
 * words ("bom dia", "obrigado") carry too little to be judged and are always the court's.
 */
final class QuestionIntents {

    static final String EXAMPLES = "assistant/question-intents.tsv";

    static final int MIN_WORDS = 3;

    /**
     * How sure the model must be to say a message is advice or outside: below it, the
     * message is the court's and searched as any other. Chosen on the fifths a model
     * learned from the other four did not see (5,356 messages, 07/12/2026): at 0.7 it
     * finds 93.5 and 89.5 out of 100 advice and outside messages, is right in 98 out of
     * 100 times it says so, and calls 30 of the 2,779 court questions advice or outside;
     * at 0.75 it found 92.6 and 88.3 for 29 court questions, at 0.8 91.5 and 86.5 for 22,
     * at 0.65 94.3 and 90.7 for 40. A refusal still shows what the site says on the
     * subject.
     */
    static final double CONFIDENCE = 0.7;

    private static final List<Intent> INTENTS = List.of(Intent.values());

    private final TextClassifier<Intent> model;

    private QuestionIntents(TextClassifier<Intent> model) {
        this.model = model;
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
    static QuestionIntents learn(List<Labelled<Intent>> examples) {
        // Every feature, a single message's too: the file's own messages, the hard cases
        // among them, must each get their label (QuestionIntentsTests).
        return new QuestionIntents(TextClassifier.learn(INTENTS, examples, 1));
    }

    /**
     * The labelled examples of a file: {@code label<TAB>message} a line, {@code #}
     * comments.
     * @param resource the file's class-path location
     * @return its examples, in order
     */
    static List<Labelled<Intent>> examples(String resource) {
        return TextClassifier.read(resource, (label) -> Intent.valueOf(label.toUpperCase(Locale.ROOT)));
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
        double[] probability = this.model.probabilities(words);
        for (Intent intent : INTENTS) {
            if (intent != Intent.COURT && probability[intent.ordinal()] >= CONFIDENCE) {
                return intent;
            }
        }
        return Intent.COURT;
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

    // Learned once, on first use.
    private static final class Learned {

        static final QuestionIntents MODEL = learn(examples(EXAMPLES));

    }

}
