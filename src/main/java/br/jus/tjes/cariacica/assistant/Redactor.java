package br.jus.tjes.cariacica.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before anything is stored or sent: CPF and CNPJ (with dots,
 * hyphens, spaces or nothing, including the alphanumeric CNPJ), RG, bank agency and
 * account numbers, PIX keys (e-mail, phone, CPF/CNPJ, random key), e-mail addresses,
 * phone numbers, and a street address with its number and the CEP written with it. CNJ
 * case numbers are public and stay: they are set aside first, so no other pattern can eat
 * into them (a sealed case's number is kept from the model elsewhere:
 * {@link SealedCaseNumbers}). RG and bank numbers are only recognised after their label
 * ("RG", "identidade", "agência", "conta", "c/c"): bare, they look like any other number,
 * and ordinary numbers (dates, hours, money, laws) must stay readable. A CEP alone stays:
 * it names a street, not a home, and tells which court serves it.
 */
final class Redactor {

    public static final String CPF = "[CPF removido]";

    public static final String CNPJ = "[CNPJ removido]";

    public static final String EMAIL = "[e-mail removido]";

    public static final String PHONE = "[telefone removido]";

    public static final String RG = "[RG removido]";

    public static final String AGENCY = "[agência removida]";

    public static final String ACCOUNT = "[conta removida]";

    public static final String PIX_KEY = "[chave PIX removida]";

    public static final String ADDRESS = "[endereço removido]";

    public static final String CEP = "[CEP removido]";

    /** NNNNNNN-DD.AAAA.J.TR.OOOO, or its 20 digits together. */
    private static final Pattern CNJ = Pattern
        .compile("(?<![\\w.-])(?:\\d{7}-\\d{2}\\.\\d{4}\\.\\d\\.\\d{2}\\.\\d{4}|\\d{20})(?![\\w-]|\\.\\d)");

    private static final Pattern EMAIL_ADDRESS = Pattern
        .compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    /** A PIX random key (EVP) is a UUID. */
    private static final Pattern RANDOM_KEY = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\\p{L}\\p{N}-])");

    /**
     * What may stand between a label and its number: "nº", "n.", "número", ":", "é"...
     */
    private static final String LINK = "(?:\\s*(?:n[º°o]?\\.?|n[úu]mero|[ée]|o|da|do|:|=|-)(?![\\p{L}]))*\\s*";

    /**
     * RG after its label, with an optional state before it ("MG-12.345.678") and a check
     * digit or X after it.
     */
    private static final Pattern RG_NUMBER = Pattern.compile("(?iu)((?<![\\p{L}])(?:rg|r\\.g\\.|identidade)(?![\\p{L}])"
            + LINK + ")((?:[a-z]{2}[-\\s]?)?\\d[\\d.]{3,11}(?:-?[\\dx])?)(?![\\p{L}\\p{N}])");

    private static final Pattern AGENCY_NUMBER = Pattern.compile("(?iu)((?<![\\p{L}])(?:ag[êe]ncia|ag\\.?)(?![\\p{L}])"
            + LINK + ")(\\d{3,5}(?:-?[\\dx])?)(?![\\p{L}\\p{N}])");

    private static final Pattern ACCOUNT_NUMBER = Pattern
        .compile("(?iu)((?<![\\p{L}])(?:conta(?:\\s+(?:corrente|poupan[çc]a|sal[áa]rio|banc[áa]ria))?|c/c|c\\.c\\.|cc)"
                + "(?![\\p{L}])" + LINK + ")(\\d[\\d.]{2,13}(?:-?[\\dx])?)(?![\\p{L}\\p{N}]|,\\d|\\s*reais)");

    /** A street, avenue, ... with a name and a house number: a home. */
    private static final Pattern STREET_ADDRESS = Pattern
        .compile("(?iu)(?<![\\p{L}])(?:rua|avenida|av\\.|travessa|alameda|rodovia|estrada|pra[çc]a|largo|beco|ladeira)"
                + "\\s+[\\p{L}\\p{N} .'ºª-]{2,60}?,?\\s*(?:n[º°o]?\\.?\\s*)?\\d{1,5}(?![\\p{N}])");

    /** 29140-000, 29.140-000, or 8 digits after the label. */
    private static final Pattern CEP_NUMBER = Pattern
        .compile("(?iu)(?<![\\p{L}\\p{N}.])(?:\\d{2}\\.?\\d{3}-\\d{3}|(?<=cep[\\s:]{0,3})\\d{8})(?![\\p{L}\\p{N}])");

    private static final Pattern CNPJ_NUMBER = Pattern
        .compile("(?<![\\p{L}\\p{N}])(?:[A-Za-z0-9]{2}\\.[A-Za-z0-9]{3}\\.[A-Za-z0-9]{3}/[A-Za-z0-9]{4}-\\d{2}"
                + "|\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2})(?![\\p{L}\\p{N}])");

    /** Dots, hyphens or spaces between the groups, or nothing: 123-456-789-09 too. */
    private static final Pattern CPF_NUMBER = Pattern
        .compile("(?<![\\p{L}\\p{N}])\\d{3}[.\\s-]?\\d{3}[.\\s-]?\\d{3}[-.\\s/]?\\d{2}(?![\\p{L}\\p{N}])");

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

    /**
     * The text with its personal data masked.
     * @param text what the citizen wrote
     * @return the same text, every piece of personal data replaced by a label
     */
    static String redact(String text) {
        if (!mayHoldPersonalData(text)) {
            return text;
        }
        List<String> cnjNumbers = new ArrayList<>();
        Matcher cnj = CNJ.matcher(text);
        var kept = new StringBuilder();
        while (cnj.find()) {
            cnjNumbers.add(cnj.group());
            cnj.appendReplacement(kept, Matcher.quoteReplacement(CNJ_MARK + (cnjNumbers.size() - 1) + "\u0000"));
        }
        cnj.appendTail(kept);

        String redacted = EMAIL_ADDRESS.matcher(kept).replaceAll(Matcher.quoteReplacement(EMAIL));
        redacted = RANDOM_KEY.matcher(redacted).replaceAll(Matcher.quoteReplacement(PIX_KEY));
        // Labelled numbers first, so each keeps its own label.
        redacted = RG_NUMBER.matcher(redacted).replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + RG));
        redacted = AGENCY_NUMBER.matcher(redacted)
            .replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + AGENCY));
        redacted = ACCOUNT_NUMBER.matcher(redacted)
            .replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + ACCOUNT));
        Matcher street = STREET_ADDRESS.matcher(redacted);
        if (street.find()) {
            redacted = street.replaceAll(Matcher.quoteReplacement(ADDRESS));
            redacted = CEP_NUMBER.matcher(redacted).replaceAll(Matcher.quoteReplacement(CEP));
        }
        redacted = CNPJ_NUMBER.matcher(redacted).replaceAll(Matcher.quoteReplacement(CNPJ));
        redacted = CPF_NUMBER.matcher(redacted).replaceAll(Matcher.quoteReplacement(CPF));
        redacted = PHONE_NUMBER.matcher(redacted).replaceAll(Matcher.quoteReplacement(PHONE));

        for (int i = 0; i < cnjNumbers.size(); i++) {
            redacted = redacted.replace(CNJ_MARK + i + "\u0000", cnjNumbers.get(i));
        }
        return redacted;
    }

    /**
     * Whether any pattern above could match: each needs a digit, an {@code @} (e-mail) or
     * a hyphen (a PIX random key may be letters only). Most questions have none of them
     * and skip the eleven scans.
     */
    private static boolean mayHoldPersonalData(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '@' || c == '-') {
                return true;
            }
        }
        return false;
    }

}
