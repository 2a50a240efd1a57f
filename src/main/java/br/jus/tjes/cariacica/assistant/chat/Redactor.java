package br.jus.tjes.cariacica.assistant.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before anything is stored or sent: CPF and CNPJ (with or without
 * punctuation, including the alphanumeric CNPJ), e-mail addresses and phone numbers. CNJ
 * case numbers are public and stay: they are set aside first, so no other pattern can eat
 * into them.
 */
public final class Redactor {

    public static final String CPF = "[CPF removido]";

    public static final String CNPJ = "[CNPJ removido]";

    public static final String EMAIL = "[e-mail removido]";

    public static final String PHONE = "[telefone removido]";

    /** NNNNNNN-DD.AAAA.J.TR.OOOO, or its 20 digits together. */
    private static final Pattern CNJ = Pattern
        .compile("(?<![\\w.-])(?:\\d{7}-\\d{2}\\.\\d{4}\\.\\d\\.\\d{2}\\.\\d{4}|\\d{20})(?![\\w-]|\\.\\d)");

    private static final Pattern EMAIL_ADDRESS = Pattern
        .compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    private static final Pattern CNPJ_NUMBER = Pattern
        .compile("(?<![\\p{L}\\p{N}])(?:[A-Za-z0-9]{2}\\.[A-Za-z0-9]{3}\\.[A-Za-z0-9]{3}/[A-Za-z0-9]{4}-\\d{2}"
                + "|\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2})(?![\\p{L}\\p{N}])");

    private static final Pattern CPF_NUMBER = Pattern
        .compile("(?<![\\p{L}\\p{N}])\\d{3}(?:[.\\s]?)\\d{3}(?:[.\\s]?)\\d{3}(?:[-.\\s]?)\\d{2}(?![\\p{L}\\p{N}])");

    /**
     * Brazilian numbers: optional +55, optional area code, 8 or 9 digits; and 0800
     * numbers.
     */
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:\\+\\s?55[\\s.-]?)?(?:\\(\\s?0?\\d{2}\\s?\\)|0?\\d{2})?[\\s.-]?9?\\s?\\d{4}[\\s.-]?\\d{4}"
                    + "|0800[\\s.-]?\\d{3}[\\s.-]?\\d{4})(?![\\p{L}\\p{N}])");

    private static final String CNJ_MARK = "\u0000CNJ";

    private Redactor() {
    }

    public static String redact(String text) {
        List<String> cnjNumbers = new ArrayList<>();
        Matcher cnj = CNJ.matcher(text);
        var kept = new StringBuilder();
        while (cnj.find()) {
            cnjNumbers.add(cnj.group());
            cnj.appendReplacement(kept, Matcher.quoteReplacement(CNJ_MARK + (cnjNumbers.size() - 1) + "\u0000"));
        }
        cnj.appendTail(kept);

        String redacted = EMAIL_ADDRESS.matcher(kept).replaceAll(Matcher.quoteReplacement(EMAIL));
        redacted = CNPJ_NUMBER.matcher(redacted).replaceAll(Matcher.quoteReplacement(CNPJ));
        redacted = CPF_NUMBER.matcher(redacted).replaceAll(Matcher.quoteReplacement(CPF));
        redacted = PHONE_NUMBER.matcher(redacted).replaceAll(Matcher.quoteReplacement(PHONE));

        for (int i = 0; i < cnjNumbers.size(); i++) {
            redacted = redacted.replace(CNJ_MARK + i + "\u0000", cnjNumbers.get(i));
        }
        return redacted;
    }

}
