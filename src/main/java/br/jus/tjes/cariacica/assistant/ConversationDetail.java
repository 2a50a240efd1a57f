package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A whole conversation as stored (already redacted), for the staff page and the LGPD
 * export. Never its token hash.
 *
 * @param conversationId the conversation
 * @param createdAt when it began
 * @param updatedAt its last message
 * @param messages oldest first
 */
record ConversationDetail(UUID conversationId, Instant createdAt, Instant updatedAt, List<StoredMessage> messages) {

    /**
     * One stored message, already masked.
     *
     * @param role {@code citizen} or {@code assistant}
     * @param mode {@code ai} or {@code knowledge-base}; this and the fields after it only
     * on the assistant's answers
     * @param outcome {@code answered}, {@code not-found} or {@code refused}
     * @param fallbackReason why the knowledge base answered instead of the model
     * @param useful the citizen's rating, {@code null} when not rated
     */
    record StoredMessage(UUID messageId, String role, String text, Instant createdAt, String mode, String outcome,
            String fallbackReason, Integer latencyMs, Integer promptTokens, Integer completionTokens, Boolean useful,
            String feedbackComment, Instant feedbackAt, List<Source> sources) {

        public boolean fromCitizen() {
            return "citizen".equals(this.role);
        }

        public LocalDateTime localCreatedAt(ZoneId zone) {
            return this.createdAt.atZone(zone).toLocalDateTime();
        }
    }
}
