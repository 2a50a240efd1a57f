package br.jus.tjes.cariacica.assistant;

/**
 * The citizen's message breaks a rule; {@link #messageKey()} names the Portuguese
 * explanation.
 */
class InvalidMessageException extends RuntimeException {

    private final String messageKey;

    InvalidMessageException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return this.messageKey;
    }

}
