package br.jus.tjes.cariacica.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules tried only where their beginnings occur answer as trying every rule everywhere.
 */
class WordsRulesTests {

    @Test
    void everyRuleOfLegalAdviceAnswersAsTryingItOnTheWholeText() throws IOException {
        List<String> texts = labelledTexts();
        assertThat(texts).hasSizeGreaterThan(3_000);
        int matched = 0;
        List<String> different = new ArrayList<>();
        for (Pattern pattern : LegalAdvice.ADVICE_RULES) {
            WordsRules alone = WordsRules.of(List.of(pattern));
            for (String text : texts) {
                boolean everywhere = pattern.matcher(text).find();
                if (alone.anyFinds(text) != everywhere) {
                    different.add(pattern + " on \"" + text + "\"");
                }
                matched += everywhere ? 1 : 0;
            }
        }
        assertThat(different).isEmpty();
        // The texts reach the rules: a check over texts no rule matches would prove
        // nothing.
        assertThat(matched).isGreaterThan(500);
    }

    @Test
    void aMatchAtTheEndShorterThanABeginningIsFound() {
        WordsRules here = WordsRules.of(List.of(Pattern.compile("(?<!\\bnao )\\bai$")));
        assertThat(here.anyFinds("onde vejo a minha audiencia ai")).isTrue();
        assertThat(here.anyFinds("ai")).isTrue();
        assertThat(here.anyFinds("meu processo e la e nao ai")).isFalse();
        assertThat(here.anyFinds("ai eu fui no forum")).isFalse();
    }

    @Test
    void anExpressionThatFirstRulesWordsOutIsTriedWhereItsRestCanMatch() {
        WordsRules losing = WordsRules
            .of(List.of(Pattern.compile("^(?!.*\\b(falt|nao for)).*\\bvou (perder|ganhar)\\b")));
        assertThat(losing.anyFinds("sera que eu vou perder")).isTrue();
        assertThat(losing.anyFinds("se eu faltar vou perder")).isFalse();
        assertThat(losing.anyFinds("quanto tempo demora")).isFalse();
    }

    @Test
    void whatCannotBeWorkedOutIsAlwaysTried() {
        // A positive lookbehind, an expression that can match nothing, and a text with
        // characters folded words never have.
        assertThat(WordsRules.of(List.of(Pattern.compile("(?<=x)y"))).anyFinds("xy")).isTrue();
        assertThat(WordsRules.of(List.of(Pattern.compile("\\bx*"))).anyFinds("abc")).isTrue();
        assertThat(WordsRules.of(List.of(Pattern.compile("\\Wfim\\b"))).anyFinds("!fim")).isTrue();
        assertThat(WordsRules.of(List.of(Pattern.compile("\\Wfim\\b"))).anyFinds("o fim")).isTrue();
        assertThat(WordsRules.of(List.of(Pattern.compile("\\Wfim\\b"))).anyFinds("fim")).isFalse();
    }

    // The labelled messages of the learned intents (one in ten) and the labelled
    // sentences of LegalAdviceTests, folded as the rules read them, and the second half
    // of
    // each (a match that starts at the text's first word).
    private static List<String> labelledTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> intents = lines("/" + QuestionIntents.EXAMPLES);
        for (int i = 0; i < intents.size(); i += 10) {
            String line = intents.get(i);
            if (!line.startsWith("#") && line.contains("\t")) {
                texts.add(line.substring(line.indexOf('\t') + 1));
            }
        }
        for (String line : lines("/assistant/legal-advice.csv")) {
            if (!line.startsWith("#") && line.contains("|")) {
                texts.add(line.substring(line.indexOf('|') + 1));
            }
        }
        List<String> folded = new ArrayList<>();
        for (String text : texts) {
            String words = Folding.wordsText(text);
            folded.add(words);
            folded.add(words.substring(words.length() / 2).strip());
        }
        return folded;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = WordsRulesTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

}
