package br.jus.tjes.cariacica.assistant;

/**
 * No such conversation, or not with this token: the two are indistinguishable on purpose
 * (404 either way).
 */
class ConversationNotFoundException extends RuntimeException {

    ConversationNotFoundException() {
        super("Conversation not found", null, false, false);
    }

}
