package br.jus.tjes.cariacica.assistant.upstream;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.assistant.AssistantProperties;
import com.openai.client.OpenAIClient;
import com.openai.core.RequestOptions;
import com.openai.core.Timeout;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the model. The circuit breaker wraps the retry (see the aspect orders in
 * application.yml), so one citizen request counts once however many attempts it took;
 * when the breaker is open, or every attempt failed, the fallback says so at once and the
 * assistant answers from the knowledge base.
 */
@Component
public class UpstreamAnswerer {

    private static final Logger log = LoggerFactory.getLogger(UpstreamAnswerer.class);

    private static final Duration MINIMUM_ATTEMPT = Duration.ofMillis(500);

    private final ObjectProvider<OpenAIClient> client;

    private final AssistantProperties.OpenAi settings;

    UpstreamAnswerer(ObjectProvider<OpenAIClient> client, AssistantProperties properties) {
        this.client = client;
        this.settings = properties.openai();
    }

    /** Whether an API key is configured; without one, nothing is ever sent. */
    public boolean isConfigured() {
        return this.settings.isConfigured() && this.client.getIfAvailable() != null;
    }

    @CircuitBreaker(name = OpenAiConfiguration.BREAKER, fallbackMethod = "unavailable")
    @Retry(name = OpenAiConfiguration.BREAKER)
    public UpstreamResult answer(UpstreamRequest request) {
        OpenAIClient openai = this.client.getIfAvailable();
        if (openai == null) {
            return new UpstreamResult.Unavailable("not-configured");
        }
        Duration remaining = Duration.between(Instant.now(), request.deadline());
        if (remaining.compareTo(MINIMUM_ATTEMPT) < 0) {
            throw new DeadlineExceededException();
        }
        Duration attempt = (remaining.compareTo(this.settings.attemptTimeout()) < 0) ? remaining
                : this.settings.attemptTimeout();
        var options = RequestOptions.builder()
            .timeout(Timeout.builder()
                .connect(this.settings.connectTimeout())
                .read(attempt)
                .write(attempt)
                .request(attempt)
                .build())
            .build();
        var completion = openai.chat()
            .completions()
            .create(Prompt.build(request, this.settings.model(), this.settings.maxOutputTokens()), options);
        String content = completion.choices().isEmpty() ? ""
                : completion.choices().get(0).message().content().orElse("");
        long promptTokens = completion.usage().map((usage) -> usage.promptTokens()).orElse(0L);
        long completionTokens = completion.usage().map((usage) -> usage.completionTokens()).orElse(0L);
        Set<String> given = request.passages().stream().map(Passage::id).collect(Collectors.toSet());
        return Prompt.read(content, given, promptTokens, completionTokens);
    }

    /**
     * Every attempt failed, the breaker is open, or upstream refused the request: no
     * answer from upstream.
     */
    UpstreamResult unavailable(UpstreamRequest request, Throwable failure) {
        String reason = UpstreamFailures.reasonOf(failure);
        if (!"circuit-open".equals(reason)) {
            log.warn("OpenAI did not answer ({}); answering from the knowledge base", reason);
        }
        return new UpstreamResult.Unavailable(reason);
    }

}
