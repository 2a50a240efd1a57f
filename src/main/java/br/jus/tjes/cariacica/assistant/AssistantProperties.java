package br.jus.tjes.cariacica.assistant;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The assistant's settings ({@code court.assistant.*}).
 *
 * @param openai the upstream model; without an API key the assistant answers from the
 * knowledge base only
 * @param rateLimit chat requests allowed per client address
 * @param passages how many search passages go into one answer
 * @param historyMessages how many earlier messages of the conversation go to the model
 * @param budget the daily spending cap at OpenAI, shared by every instance
 * @param retention how long an untouched conversation is kept before the daily clean-up
 * erases it (LGPD)
 * @param admission how many chat messages and upstream calls one instance takes at once
 */
@Validated
@ConfigurationProperties(prefix = "court.assistant", ignoreUnknownFields = false)
record AssistantProperties(@Valid @NotNull OpenAi openai, @Valid @NotNull RateLimit rateLimit,
        @Min(1) @Max(20) @DefaultValue("6") int passages, @Min(0) @Max(20) @DefaultValue("6") int historyMessages,
        @NotNull @DefaultValue("90d") Duration retention, @Valid @NotNull @DefaultValue Admission admission,
        @Valid @NotNull @DefaultValue SpendingLimits budget) {

    /**
     * The OpenAI (or compatible) server the assistant asks.
     *
     * @param apiKey {@code OPENAI_API_KEY}; blank means knowledge-base mode, nothing is
     * sent anywhere
     * @param baseUrl {@code OPENAI_BASE_URL}, any OpenAI-compatible server
     * @param model {@code OPENAI_MODEL}
     * @param connectTimeout to open a connection to upstream
     * @param attemptTimeout the longest one upstream attempt may take
     * @param totalBudget the longest all attempts together may take, so a citizen never
     * waits more than 30 s
     * @param maxOutputTokens the longest answer the model may write
     * @param healthRefresh how often the {@code openai} health check asks upstream for
     * its models
     * @param healthTimeout how long that check waits
     */
    record OpenAi(String apiKey, @NotNull URI baseUrl, @NotBlank String model,
            @NotNull @DefaultValue("3s") Duration connectTimeout, @NotNull @DefaultValue("7s") Duration attemptTimeout,
            @NotNull @DefaultValue("25s") Duration totalBudget, @Min(50) @DefaultValue("600") int maxOutputTokens,
            @NotNull @DefaultValue("30s") Duration healthRefresh, @NotNull @DefaultValue("5s") Duration healthTimeout) {

        public boolean isConfigured() {
            return StringUtils.hasText(this.apiKey);
        }

        @Override
        public String toString() {
            return "OpenAi[baseUrl=" + this.baseUrl + ", model=" + this.model + ", configured=" + isConfigured() + "]";
        }
    }

    /**
     * The per-address limit of the chat API.
     *
     * @param requestsPerMinute chat messages one client address may send in a minute
     */
    record RateLimit(@Min(1) @DefaultValue("30") int requestsPerMinute) {
    }

    /**
     * Admission control: beyond these bounds a citizen is answered from the knowledge
     * base at once (upstream calls) or refused with a 503 and {@code Retry-After} within
     * a second (the pipeline), instead of queueing at the connection pool.
     *
     * @param upstreamCalls calls to the model in flight at once (Resilience4j's bulkhead,
     * and the size of the OpenAI client's connection pool)
     * @param maxInFlight chat messages in this instance's pipeline at once
     * @param databaseSlots chat messages storing at once; keep it under the pool's
     * maximum size so pages, health and tasks always find a connection
     * @param databaseWait the longest a message waits for a storing slot before its 503
     */
    record Admission(@Min(1) @DefaultValue("1600") int upstreamCalls, @Min(1) @DefaultValue("2000") int maxInFlight,
            @Min(1) @DefaultValue("20") int databaseSlots, @NotNull @DefaultValue("1s") Duration databaseWait) {
    }
}
