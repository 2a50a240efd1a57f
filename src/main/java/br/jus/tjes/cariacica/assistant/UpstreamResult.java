package br.jus.tjes.cariacica.assistant;

import java.util.List;

/**
 * What came back from upstream for one citizen request: an answer, or why there is none.
 */
sealed interface UpstreamResult {

    /**
     * The model answered.
     *
     * @param text the answer, in Portuguese
     * @param citedIds the ids the model cited that were among the passages given (others
     * are dropped)
     * @param found false when the model said the passages do not hold the answer
     * @param promptTokens tokens read
     * @param completionTokens tokens written
     */
    record Answer(String text, List<String> citedIds, boolean found, long promptTokens,
            long completionTokens) implements UpstreamResult {
    }

    /**
     * The model could not be used; the knowledge base answers.
     *
     * @param reason why, for the metrics and the stored message: see
     * {@link UpstreamFailures#reasonOf}
     */
    record Unavailable(String reason) implements UpstreamResult {
    }

}
