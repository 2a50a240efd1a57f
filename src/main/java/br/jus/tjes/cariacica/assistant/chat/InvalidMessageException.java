package br.jus.tjes.cariacica.assistant.chat;

/**
 * The citizen's message breaks a rule; {@link #messageKey()} names the Portuguese
 * explanation.
 */
public class InvalidMessageException extends RuntimeException {

    private final String messageKey;

    InvalidMessageException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return this.messageKey;
    }

}
