package br.jus.tjes.cariacica.assistant;

import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.core.Timeout;
import io.github.resilience4j.common.bulkhead.configuration.BulkheadConfigCustomizer;
import io.github.resilience4j.common.circuitbreaker.configuration.CircuitBreakerConfigCustomizer;
import io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class OpenAiConfiguration {

    static final String BREAKER = "openai";

    /**
     * The client exists only with an API key: without one nothing can be sent anywhere.
     * Its own retries are off (Resilience4j retries, so the circuit breaker sees each
     * citizen request once) and every wait is bounded.
     */
    @Bean
    SpendingLimits spendingLimits(AssistantProperties properties) {
        return properties.budget();
    }

    @Bean(destroyMethod = "close")
    @Conditional(ApiKeyPresent.class)
    OpenAIClient openAiClient(AssistantProperties properties) {
        var openai = properties.openai();
        // Jackson 2 keeps its buffers in a thread-local by default: every request's
        // virtual thread would allocate its own (about 20 KB) and hold them for the whole
        // wait on the upstream, 1,500 times over under load (docs/PERFORMANCE.md). A pool
        // shared by the mapper reuses them.
        var json = ObjectMappers.jsonMapper();
        json.getFactory().setRecyclerPool(JsonRecyclerPools.newConcurrentDequePool());
        return OpenAIOkHttpClient.builder()
            .apiKey(openai.apiKey())
            .jsonMapper(json)
            .baseUrl(openai.baseUrl().toString())
            .maxRetries(0)
            // As many connections as the bulkhead lets calls through, so no call opens a
            // new one after a burst (the client's calls are synchronous: OkHttp's
            // dispatcher limits do not apply).
            .maxIdleConnections(properties.admission().upstreamCalls())
            .keepAliveDuration(java.time.Duration.ofMinutes(1))
            .timeout(Timeout.builder()
                .connect(openai.connectTimeout())
                // The attempt is bounded as a whole (the call timeout), so a read
                // or write timeout of its own adds nothing but an entry in Okio's
                // shared queue of timeouts for every socket read and write. Zero is
                // none.
                .read(java.time.Duration.ZERO)
                .write(java.time.Duration.ZERO)
                .request(openai.attemptTimeout())
                .build())
            .build();
    }

    /**
     * Only transient failures are retried: I/O, timeouts, 429, 5xx, unreadable replies.
     */
    @Bean
    RetryConfigCustomizer openAiRetryOnTransientFailures() {
        java.util.function.Predicate<Throwable> transientFailure = UpstreamFailures::isTransient;
        // The customizer hands over a raw builder; its wildcard view takes the predicate
        // without an unchecked call.
        return RetryConfigCustomizer.of(BREAKER,
                (retry) -> ((io.github.resilience4j.retry.RetryConfig.Builder<?>) retry)
                    .retryOnException(transientFailure));
    }

    /**
     * A request upstream refused as malformed (400, 422), the citizen's deadline running
     * out and our own bulkhead being full are not upstream failing: the breaker ignores
     * them.
     */
    @Bean
    CircuitBreakerConfigCustomizer openAiBreakerIgnoresOurOwnMistakes() {
        return CircuitBreakerConfigCustomizer.of(BREAKER,
                (breaker) -> breaker.ignoreException(UpstreamFailures::isNotUpstreamsFault));
    }

    /**
     * At most {@code court.assistant.admission.upstream-calls} calls in flight, and no
     * wait for a place: beyond it the citizen is answered from the knowledge base at
     * once.
     */
    @Bean
    BulkheadConfigCustomizer openAiBulkhead(AssistantProperties properties) {
        return BulkheadConfigCustomizer.of(BREAKER,
                (bulkhead) -> bulkhead.maxConcurrentCalls(properties.admission().upstreamCalls())
                    .maxWaitDuration(java.time.Duration.ZERO));
    }

    static final class ApiKeyPresent implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("court.assistant.openai.api-key"));
        }

    }

}
