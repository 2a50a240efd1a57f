package br.jus.tjes.cariacica.assistant;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table-driven folding against the plain definition it replaced: lower case, NFD,
 * combining marks removed, words split on anything that is not a letter or digit.
 */
class FoldingPropertiesTests {

    @Property(tries = 2000)
    void foldingMatchesLowerCaseNfdWithoutMarks(@ForAll("citizenText") String text) {
        assertThat(Folding.fold(text)).isEqualTo(reference(text));
    }

    @Property(tries = 2000)
    void wordsAreTheRunsOfLettersAndDigitsOfTheFoldedText(@ForAll("citizenText") String text) {
        List<String> expected = Arrays.stream(reference(text).split("[^a-z0-9]+"))
            .filter((word) -> !word.isEmpty())
            .toList();

        assertThat(Folding.words(text)).isEqualTo(expected);
    }

    @Example
    void accentsCedillaAndCaseFoldToPlainLetters() {
        assertThat(Folding.fold("Certidão de ÓBITO, Conciliação? Já!"))
            .isEqualTo("certidao de obito, conciliacao? ja!");
        assertThat(Folding.words("  Audiência   às 14h30 — é aqui?")).containsExactly("audiencia", "as", "14h30", "e",
                "aqui");
        assertThat(Folding.fold(null)).isEmpty();
    }

    @Example
    void textOutsideLatin1IsStillFoldedByTheGeneralRule() {
        // A combining accent typed apart, a Turkish capital I, a Greek word and an emoji.
        assertThat(Folding.fold("Audie\u0302ncia \u0130 Σοφία 🙂"))
            .isEqualTo(reference("Audie\u0302ncia \u0130 Σοφία 🙂"));
        assertThat(Folding.fold("Audie\u0302ncia")).isEqualTo("audiencia");
    }

    @Provide
    Arbitrary<String> citizenText() {
        // Mostly Portuguese letters, digits and punctuation; now and then anything at
        // all.
        Arbitrary<Character> latin = Arbitraries.chars()
            .with("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-/()\"'\n\t".toCharArray())
            .with("áàâãäçéèêëíìîïñóòôõöúùûüýÿÁÀÂÃÄÇÉÈÊËÍÌÎÏÑÓÒÔÕÖÚÙÛÜÝªºßæøð°§µ¹²³".toCharArray());
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, latin), net.jqwik.api.Tuple.of(1, any))
            .list()
            .ofMaxSize(60)
            .map((chars) -> {
                StringBuilder text = new StringBuilder();
                chars.forEach(text::append);
                return text.toString();
            });
    }

    private static String reference(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

}
