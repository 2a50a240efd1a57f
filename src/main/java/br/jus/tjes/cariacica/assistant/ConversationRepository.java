package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ConversationRepository extends Repository<Conversation, UUID> {

    Optional<Conversation> findById(UUID id);

    Conversation save(Conversation conversation);

    void delete(Conversation conversation);

    /** Messages and their sources go with it (on delete cascade). */
    @Modifying
    @Query(value = "delete from assistant_conversation where updated_at < :before", nativeQuery = true)
    int deleteUpdatedBefore(Instant before);

}
