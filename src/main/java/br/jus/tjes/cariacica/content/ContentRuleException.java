package br.jus.tjes.cariacica.content;

/**
 * A write refused by a rule of the content (a slug already used, a link with a forbidden
 * scheme, an end before its start); nothing was changed. It names the draft field at
 * fault as the form names it (or null for the whole item) and the message bundle key
 * explaining it.
 */
public class ContentRuleException extends RuntimeException {

    private final String field;

    private final String messageKey;

    public ContentRuleException(String field, String messageKey) {
        super(messageKey + ((field != null) ? " (" + field + ")" : ""));
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return this.field;
    }

    public String messageKey() {
        return this.messageKey;
    }

}
