package br.jus.tjes.cariacica.assistant;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The assistant's own metrics, besides Resilience4j's: requests by mode and outcome,
 * latency, fallbacks, tokens.
 */
final class ChatMetrics {

    private final MeterRegistry registry;

    ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(Answer answer) {
        Counter.builder("court.assistant.chat.requests")
            .description("Chat requests answered, by who answered and whether the answer was found")
            .tag("mode", answer.mode().value())
            .tag("outcome", answer.outcome().value())
            .register(this.registry)
            .increment();
        Timer.builder("court.assistant.chat.latency")
            .description("Time to answer a chat request, from its arrival to the stored answer")
            .tag("mode", answer.mode().value())
            .publishPercentileHistogram()
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(this.registry)
            .record(answer.latency());
        if (answer.fallbackReason() != null) {
            Counter.builder("court.assistant.chat.fallbacks")
                .description("Answers from the knowledge base instead of the model, by reason")
                .tag("reason", answer.fallbackReason())
                .register(this.registry)
                .increment();
        }
        if (Answering.UNGROUNDED.equals(answer.fallbackReason())) {
            Counter.builder("court.assistant.ungrounded")
                .description("Model replies not shown because they were uncited or stated what no cited passage holds")
                .register(this.registry)
                .increment();
        }
        if (answer.promptTokens() > 0 || answer.completionTokens() > 0) {
            tokens("prompt").increment(answer.promptTokens());
            tokens("completion").increment(answer.completionTokens());
        }
    }

    private Counter tokens(String type) {
        return Counter.builder("court.assistant.openai.tokens")
            .description("Tokens used by the model")
            .tag("type", type)
            .register(this.registry);
    }

}
