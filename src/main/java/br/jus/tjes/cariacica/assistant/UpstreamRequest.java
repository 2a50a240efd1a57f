package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.util.List;

/**
 * What one citizen request asks of the model.
 *
 * @param question the citizen's message, already redacted
 * @param passages the content the answer may come from
 * @param history earlier messages, oldest first
 * @param deadline when every attempt together must have ended
 */
record UpstreamRequest(String question, List<Passage> passages, List<Turn> history, Instant deadline) {
}
