package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation as the citizen who holds its token sees it. */
record ConversationView(UUID conversationId, Instant createdAt, List<Entry> messages) {

    /**
     * One message of the conversation as the citizen sees it.
     *
     * @param role {@code citizen} or {@code assistant}
     * @param mode and {@code outcome}, {@code sources}, {@code useful}: only on the
     * assistant's messages
     */
    public record Entry(UUID messageId, String role, String text, Instant createdAt, String mode, String outcome,
            List<Source> sources, Boolean useful) {
    }
}
