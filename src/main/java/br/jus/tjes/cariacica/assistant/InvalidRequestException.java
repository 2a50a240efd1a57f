package br.jus.tjes.cariacica.assistant;

/**
 * A request the API refuses with 400; {@link #messageKey()} names the Portuguese
 * explanation.
 */
class InvalidRequestException extends RuntimeException {

    private final String messageKey;

    InvalidRequestException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return this.messageKey;
    }

}
