package br.jus.tjes.cariacica.assistant.chat;

/**
 * No such conversation, or not with this token: the two are indistinguishable on purpose
 * (404 either way).
 */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException() {
        super("Conversation not found", null, false, false);
    }

}
