package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's LGPD requests carried out by staff: a copy of one conversation, or its
 * erasure. Each writes its audit row, with the acting user, in the same transaction as
 * what it audits.
 */
@Service
class ConversationRequests {

    private final ConversationReview review;

    private final ConversationStore store;

    private final AuditLog audit;

    private final JsonMapper json;

    private final Clock clock;

    ConversationRequests(ConversationReview review, ConversationStore store, AuditLog audit, JsonMapper json,
            Clock clock) {
        this.review = review;
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The conversation as pretty-printed JSON (UTF-8). */
    @Transactional
    byte[] export(UUID conversationId, String actor) {
        ConversationDetail conversation = this.review.detail(conversationId).orElseThrow(ConversationNotFound::new);
        byte[] file = this.json.writerWithDefaultPrettyPrinter()
            .writeValueAsBytes(new Export(conversation.conversationId(), conversation.createdAt(),
                    conversation.updatedAt(), this.clock.instant(), conversation.messages()));
        this.audit.record(AuditEvent.of(AuditAction.CONVERSATION_EXPORTED)
            .withTarget(target(conversationId))
            .withActor(actor)
            .withDetail(conversation.messages().size() + " mensagens"));
        return file;
    }

    /** Erases the conversation with its messages and sources. */
    @Transactional
    void erase(UUID conversationId, String actor) {
        if (!this.store.eraseForStaff(conversationId)) {
            throw new ConversationNotFound();
        }
        this.audit
            .record(AuditEvent.of(AuditAction.CONVERSATION_ERASED).withTarget(target(conversationId)).withActor(actor));
    }

    static String target(UUID conversationId) {
        return "conversa:" + conversationId;
    }

    /**
     * What the exported file holds: the conversation as stored, and when it was exported.
     */
    record Export(UUID conversationId, Instant createdAt, Instant updatedAt, Instant exportedAt,
            List<ConversationDetail.StoredMessage> messages) {
    }

}
