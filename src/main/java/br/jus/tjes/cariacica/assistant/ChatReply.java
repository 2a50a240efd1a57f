package br.jus.tjes.cariacica.assistant;

import java.util.List;
import java.util.UUID;

/**
 * The answer to one chat message.
 *
 * @param conversationToken only on the first reply of a conversation; null afterwards
 * @param handoff where to reach a person, always offered, and the way forward when
 * {@code outcome} is not-found
 * @param allowance what is left of the client address's allowance for the minute
 */
record ChatReply(UUID conversationId, String conversationToken, UUID messageId, String answer, List<Source> sources,
        Mode mode, Outcome outcome, List<CourtFacts.Channel> handoff, Allowance allowance) {
}
