package br.jus.tjes.cariacica.assistant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface MessageRepository extends Repository<Message, UUID> {

    Message save(Message message);

    Optional<Message> findByIdAndConversationId(UUID id, UUID conversationId);

    /** With their sources in the same query: no query per message. */
    @EntityGraph(attributePaths = "sources")
    List<Message> findByConversationIdOrderByCreatedAtAsc(UUID conversationId);

}
