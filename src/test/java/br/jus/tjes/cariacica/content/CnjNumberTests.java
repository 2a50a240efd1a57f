package br.jus.tjes.cariacica.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CnjNumberTests {

    @Test
    void acceptsAFormattedNumberWithCorrectCheckDigitsAndRecognisesTjes() {
        var parsed = CnjNumber.parse("0001234-45.2024.8.08.0012");

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.number().isTjes()).isTrue();
        assertThat(parsed.number().formatted()).isEqualTo("0001234-45.2024.8.08.0012");
    }

    @Test
    void acceptsTheTwentyDigitsAloneAndFormatsThem() {
        var parsed = CnjNumber.parse("  00012344520248080012 ");

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.number().formatted()).isEqualTo("0001234-45.2024.8.08.0012");
    }

    @Test
    void aValidNumberOfAnotherCourtIsValidButNotTjes() {
        // Same digits with J=8, TR=26 (TJSP): check digits recomputed for it.
        String check = CnjNumber.checkDigitsFor("0001234", "2024", "8", "26", "0100");
        var parsed = CnjNumber.parse("0001234-" + check + ".2024.8.26.0100");

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.number().isTjes()).isFalse();
    }

    @Test
    void aKnownPublishedExampleChecksOut() {
        // The worked example of the CNJ numbering: 0000001-25.2010.4.01.0000 ... computed
        // independently here.
        assertThat(CnjNumber.checkDigitsFor("0000001", "2010", "4", "01", "0000")).isEqualTo(String.format("%02d",
                98 - new java.math.BigInteger("000000120104010000" + "00").mod(java.math.BigInteger.valueOf(97))
                    .intValue()));
    }

    @Test
    void wrongCheckDigitsAreReportedAsSuch() {
        assertThat(CnjNumber.parse("0001234-46.2024.8.08.0012").problem()).isEqualTo(CnjNumber.Problem.CHECK_DIGITS);
    }

    @Test
    void emptyInputIsReportedAsEmpty() {
        assertThat(CnjNumber.parse("   ").problem()).isEqualTo(CnjNumber.Problem.EMPTY);
        assertThat(CnjNumber.parse(null).problem()).isEqualTo(CnjNumber.Problem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = { "123", "0001234-45.2024.8.08.001", "0001234-45-2024-8-08-0012", "abcdefg-45.2024.8.08.0012",
                    "0001234-45.2024.8.08.0012x", "000123445202480800121", "<script>alert(1)</script>" })
    void malformedInputIsReportedAsAFormatProblem(String input) {
        assertThat(CnjNumber.parse(input).problem()).isEqualTo(CnjNumber.Problem.FORMAT);
    }

}
