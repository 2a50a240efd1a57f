package br.jus.tjes.cariacica.content;

import java.util.regex.Pattern;

/**
 * A case number in the CNJ single numbering (Resolução CNJ nº 65/2008):
 * NNNNNNN-DD.AAAA.J.TR.OOOO, where DD are check digits by ISO 7064 mod 97-10 over NNNNNNN
 * AAAA J TR OOOO. The 20 digits overflow a {@code long}, so the remainder is computed
 * digit by digit. Shared by the public case lookup and the staff's hearing forms.
 */
public record CnjNumber(String sequence, String checkDigits, String year, String segment, String court, String origin) {

    private static final Pattern FORMATTED = Pattern
        .compile("(\\d{7})-(\\d{2})\\.(\\d{4})\\.(\\d)\\.(\\d{2})\\.(\\d{4})");

    private static final Pattern DIGITS = Pattern.compile("\\d{20}");

    /**
     * Accepts the formatted number or its 20 digits alone (spaces around are ignored).
     */
    public static Parsed parse(String input) {
        if (input == null || input.isBlank()) {
            return new Parsed(null, Problem.EMPTY);
        }
        String text = input.strip();
        // The formatted number is its 20 digits with punctuation between them.
        String digits = FORMATTED.matcher(text).matches() ? text.replaceAll("\\D", "") : text;
        if (!DIGITS.matcher(digits).matches()) {
            return new Parsed(null, Problem.FORMAT);
        }
        if (!digits.substring(7, 9).equals(checkDigitsFor(digits.substring(0, 7) + digits.substring(9)))) {
            return new Parsed(null, Problem.CHECK_DIGITS);
        }
        return new Parsed(new CnjNumber(digits.substring(0, 7), digits.substring(7, 9), digits.substring(9, 13),
                digits.substring(13, 14), digits.substring(14, 16), digits.substring(16, 20)), null);
    }

    public static String checkDigitsFor(String sequence, String year, String segment, String court, String origin) {
        return checkDigitsFor(sequence + year + segment + court + origin);
    }

    /** The two check digits for the other 18 digits: 98 - (N A J TR O 00 mod 97). */
    private static String checkDigitsFor(String digits) {
        int remainder = 0;
        for (char digit : (digits + "00").toCharArray()) {
            remainder = (remainder * 10 + (digit - '0')) % 97;
        }
        return String.format("%02d", 98 - remainder);
    }

    /** TJES: segment 8 (state courts), court 08 (Espírito Santo). */
    public boolean isTjes() {
        return "8".equals(this.segment) && "08".equals(this.court);
    }

    public String formatted() {
        return this.sequence + "-" + this.checkDigits + "." + this.year + "." + this.segment + "." + this.court + "."
                + this.origin;
    }

    public enum Problem {

        EMPTY, FORMAT, CHECK_DIGITS

    }

    /** Either a number or the reason it is not one. */
    public record Parsed(CnjNumber number, Problem problem) {

        public boolean valid() {
            return this.number != null;
        }
    }
}
