package br.jus.tjes.cariacica.assistant.chat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface MessageRepository extends Repository<Message, UUID> {

    Message save(Message message);

    Optional<Message> findByIdAndConversationId(UUID id, UUID conversationId);

    List<Message> findByConversationIdOrderByCreatedAtAsc(UUID conversationId);

    List<Message> findByConversationIdOrderByCreatedAtDesc(UUID conversationId, Limit limit);

}
