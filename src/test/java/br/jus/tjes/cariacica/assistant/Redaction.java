package br.jus.tjes.cariacica.assistant;

/**
 * What the assistant stores of a citizen's text, for tests outside this package: the
 * redactor itself stays inside the module.
 */
public final class Redaction {

    private Redaction() {
    }

    /**
     * The text as the assistant stores it.
     * @param text what the citizen wrote
     * @return the text with personal data masked
     */
    public static String of(String text) {
        return Redactor.redact(text);
    }

}
