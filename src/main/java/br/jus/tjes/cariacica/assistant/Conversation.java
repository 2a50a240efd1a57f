package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An anonymous conversation, reached only with its token (of which only the hash is
 * kept).
 */
@Entity
@Table(name = "assistant_conversation")
class Conversation extends AssignedIdEntity {

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Conversation() {
    }

    Conversation(UUID id, String tokenHash, Instant now) {
        super(id);
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.updatedAt = now;
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
