package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An anonymous conversation, reached only with its token (of which only the hash is
 * kept).
 */
@Entity
@Table(name = "assistant_conversation")
class Conversation implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

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

    protected Conversation() {
    }

    Conversation(UUID id, String tokenHash, Instant now) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return this.id;
    }

    String tokenHash() {
        return this.tokenHash;
    }

    Instant createdAt() {
        return this.createdAt;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

}
