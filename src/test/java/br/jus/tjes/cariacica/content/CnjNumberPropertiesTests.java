package br.jus.tjes.cariacica.content;

import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator against an independent BigInteger computation of ISO 7064 mod 97-10. */
class CnjNumberPropertiesTests {

    @Property(tries = 500)
    void everyNumberWithCheckDigitsFromBigIntegerIsValid(@ForAll("eighteenDigits") String digits) {
        String formatted = withCheckDigits(digits);

        var parsed = CnjNumber.parse(formatted);

        assertThat(parsed.valid()).as(formatted).isTrue();
        assertThat(parsed.number().formatted()).isEqualTo(formatted);
    }

    @Property(tries = 500)
    void changingAnySingleDigitMakesTheNumberInvalid(@ForAll("eighteenDigits") String digits,
            @ForAll @IntRange(min = 0, max = 19) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String plain = withCheckDigits(digits).replaceAll("\\D", "");
        char changed = (char) ('0' + (plain.charAt(position) - '0' + shift) % 10);
        String tampered = plain.substring(0, position) + changed + plain.substring(position + 1);

        var parsed = CnjNumber.parse(tampered);

        assertThat(parsed.valid()).as("%s from %s", tampered, plain).isFalse();
        assertThat(parsed.problem()).isEqualTo(CnjNumber.Problem.CHECK_DIGITS);
    }

    @Provide
    Arbitrary<String> eighteenDigits() {
        return Arbitraries.strings().numeric().ofLength(18);
    }

    /**
     * NNNNNNN AAAA J TR OOOO -> NNNNNNN-DD.AAAA.J.TR.OOOO, with DD = 98 - (N A J TR O 00
     * mod 97).
     */
    private static String withCheckDigits(String digits) {
        String sequence = digits.substring(0, 7);
        String year = digits.substring(7, 11);
        String segment = digits.substring(11, 12);
        String court = digits.substring(12, 14);
        String origin = digits.substring(14, 18);
        int check = 98 - new BigInteger(digits + "00").mod(BigInteger.valueOf(97)).intValue();
        return "%s-%02d.%s.%s.%s.%s".formatted(sequence, check, year, segment, court, origin);
    }

}
