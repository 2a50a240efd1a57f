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
 * @param prepaid the request of the day's budget reserved with the question, which the
 * first attempt takes instead of reserving its own
 */
record UpstreamRequest(String question, List<Passage> passages, List<Turn> history, Instant deadline, Prepaid prepaid) {

    /**
     * A request whose every attempt reserves its own share of the day's budget.
     * @param question the citizen's message, already redacted
     * @param passages the content the answer may come from
     * @param history earlier messages, oldest first
     * @param deadline when every attempt together must have ended
     */
    UpstreamRequest(String question, List<Passage> passages, List<Turn> history, Instant deadline) {
        this(question, passages, history, deadline, Prepaid.none());
    }

}
