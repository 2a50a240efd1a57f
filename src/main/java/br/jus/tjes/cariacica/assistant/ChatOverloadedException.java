package br.jus.tjes.cariacica.assistant;

/**
 * Too many chat messages in this instance's pipeline, or no database slot within the
 * admission wait: the message was not taken, and the citizen is asked to retry shortly
 * (503 with {@code Retry-After}) instead of waiting in a queue.
 */
class ChatOverloadedException extends RuntimeException {

    ChatOverloadedException(String reason) {
        super(reason, null, false, false);
    }

}
