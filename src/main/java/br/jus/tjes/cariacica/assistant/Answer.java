package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.util.List;

/** An answer as composed, before it is stored. */
record Answer(String text, List<Source> sources, Mode mode, Outcome outcome, String fallbackReason, Duration latency,
        long promptTokens, long completionTokens) {

    Answer withLatency(Duration latency) {
        return new Answer(this.text, this.sources, this.mode, this.outcome, this.fallbackReason, latency,
                this.promptTokens, this.completionTokens);
    }
}
