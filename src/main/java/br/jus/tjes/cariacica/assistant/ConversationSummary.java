package br.jus.tjes.cariacica.assistant;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One line of the conversation list.
 *
 * @param id the conversation
 * @param startedAt when it began, in the court's time zone
 * @param firstQuestion the citizen's first message (already redacted)
 * @param messages how many messages it holds, both sides
 * @param ai whether the model answered at least once
 * @param knowledgeBase whether the knowledge base answered at least once
 * @param direct whether the assistant answered at least once from the court's data or
 * declined legal advice, without the model
 * @param averageLatencyMs the answers' mean latency, {@code null} without answers
 * @param useful answers the citizen marked useful
 * @param notUseful answers the citizen marked not useful
 * @param notFound answers that did not find what was asked
 */
record ConversationSummary(UUID id, LocalDateTime startedAt, String firstQuestion, int messages, boolean ai,
        boolean knowledgeBase, boolean direct, Integer averageLatencyMs, int useful, int notUseful, int notFound) {
}
