package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One message of a conversation, already redacted; the assistant's carry how they were
 * answered.
 */
@Entity
@Table(name = "assistant_message")
class Message implements Persistable<UUID> {

    static final String CITIZEN = "citizen";
    static final String ASSISTANT = "assistant";

    @Id
    private UUID id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 16)
    private String role;

    @Column(nullable = false, columnDefinition = "text")
    private String content;

    @Column(length = 20)
    private String mode;

    @Column(length = 20)
    private String outcome;

    @Column(name = "fallback_reason", length = 30)
    private String fallbackReason;

    @Column(name = "latency_ms")
    private Integer latencyMs;

    @Column(name = "prompt_tokens")
    private Integer promptTokens;

    @Column(name = "completion_tokens")
    private Integer completionTokens;

    private Boolean useful;

    @Column(name = "feedback_comment", length = 500)
    private String feedbackComment;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assistant_message_source", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<StoredSource> sources = new ArrayList<>();

    // The id is assigned here, not by the database: without this flag Spring Data would
    // merge, and Hibernate
    // would SELECT the row before every INSERT of a new conversation or message.
    @Transient
    private boolean isNew = true;

    @Override
    public UUID getId() {
        return this.id;
    }

    @Override
    public boolean isNew() {
        return this.isNew;
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        this.isNew = false;
    }

    protected Message() {
    }

    static Message fromCitizen(UUID conversationId, String content, Instant now) {
        var message = new Message();
        message.id = UUID.randomUUID();
        message.conversationId = conversationId;
        message.createdAt = now;
        message.role = CITIZEN;
        message.content = content;
        return message;
    }

    static Message fromAssistant(UUID conversationId, Answer answer, Instant now) {
        var message = new Message();
        message.id = UUID.randomUUID();
        message.conversationId = conversationId;
        message.createdAt = now;
        message.role = ASSISTANT;
        message.content = answer.text();
        message.mode = answer.mode().value();
        message.outcome = answer.outcome().value();
        message.fallbackReason = answer.fallbackReason();
        message.latencyMs = (int) Math.min(Integer.MAX_VALUE, answer.latency().toMillis());
        message.promptTokens = (int) answer.promptTokens();
        message.completionTokens = (int) answer.completionTokens();
        answer.sources().forEach((source) -> message.sources.add(new StoredSource(source.title(), source.url())));
        return message;
    }

    void rate(boolean useful, String comment, Instant now) {
        this.useful = useful;
        this.feedbackComment = comment;
        this.feedbackAt = now;
    }

    UUID id() {
        return this.id;
    }

    UUID conversationId() {
        return this.conversationId;
    }

    Instant createdAt() {
        return this.createdAt;
    }

    boolean fromCitizen() {
        return CITIZEN.equals(this.role);
    }

    String content() {
        return this.content;
    }

    String mode() {
        return this.mode;
    }

    String outcome() {
        return this.outcome;
    }

    Boolean useful() {
        return this.useful;
    }

    List<Source> sources() {
        return this.sources.stream().map((source) -> new Source(source.title, source.url)).toList();
    }

    @Embeddable
    static class StoredSource {

        @Column(nullable = false, length = 300)
        private String title;

        @Column(nullable = false, length = 500)
        private String url;

        protected StoredSource() {
        }

        StoredSource(String title, String url) {
            this.title = (title.length() > 300) ? title.substring(0, 300) : title;
            this.url = (url.length() > 500) ? url.substring(0, 500) : url;
        }

    }

}
