package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.openai.client.OpenAIClient;
import com.openai.core.RequestOptions;
import com.openai.core.Timeout;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The {@code openai} health check. A background thread asks upstream for its models list
 * every 30 s (5 s at most); a health request only reads the last result and the breaker's
 * state, so polling never waits on the network. Upstream trouble is {@code DEGRADED},
 * mapped to HTTP 200 and ranked below UP: the site keeps serving in knowledge-base mode
 * and must stay in rotation. Without a key the check is {@code NOT_CONFIGURED}.
 */
@Component("openaiHealthIndicator")
class OpenAiHealthIndicator implements HealthIndicator, SmartLifecycle {

    static final Status DEGRADED = new Status("DEGRADED", "OpenAI indisponível: respostas pela base de conhecimento");

    /**
     * UNKNOWN-like, and outside {@code management.endpoint.health.status.order} on
     * purpose: the aggregate ignores it, so a site without a key (knowledge-base mode by
     * choice) still reports UP.
     */
    static final Status NOT_CONFIGURED = new Status("NOT_CONFIGURED", "sem chave: só base de conhecimento");

    private final ObjectProvider<OpenAIClient> client;

    private final AssistantProperties.OpenAi settings;

    private final CircuitBreaker breaker;

    private final SpendingBudget budget;

    private final Clock clock;

    private volatile Probe last = new Probe(false, Instant.EPOCH, null, "not-checked-yet");

    private volatile ScheduledExecutorService scheduler;

    OpenAiHealthIndicator(ObjectProvider<OpenAIClient> client, AssistantProperties properties,
            CircuitBreakerRegistry breakers, SpendingBudget budget, Clock clock) {
        this.clock = clock;
        this.client = client;
        this.settings = properties.openai();
        this.breaker = breakers.circuitBreaker(OpenAiConfiguration.BREAKER);
        this.budget = budget;
    }

    @Override
    public Health health() {
        var state = this.breaker.getState();
        if (!this.settings.isConfigured()) {
            return Health.status(NOT_CONFIGURED)
                .withDetail("mode", "knowledge-base")
                .withDetail("reason", "OPENAI_API_KEY não configurada: nada é enviado à OpenAI")
                .withDetail("circuitBreaker", state.name())
                .build();
        }
        Probe probe = this.last;
        boolean breakerLetsCallsThrough = state == CircuitBreaker.State.CLOSED
                || state == CircuitBreaker.State.HALF_OPEN || state == CircuitBreaker.State.DISABLED;
        var health = (probe.ok() && breakerLetsCallsThrough) ? Health.up() : Health.status(DEGRADED);
        health.withDetail("mode", (probe.ok() && breakerLetsCallsThrough) ? "ai" : "knowledge-base")
            .withDetail("model", this.settings.model())
            .withDetail("check", "lista de modelos em até " + this.settings.healthTimeout().toSeconds() + " s")
            .withDetail("circuitBreaker", state.name())
            .withDetail("checkedAt", probe.checkedAt().toString());
        if (probe.latency() != null) {
            health.withDetail("latencyMs", probe.latency().toMillis());
        }
        if (!probe.ok()) {
            health.withDetail("error", probe.error());
        }
        spending(health);
        return health.build();
    }

    /**
     * The day's OpenAI budget as this instance last read it: spent turns the check
     * {@code DEGRADED} and says why and until when.
     */
    private void spending(Health.Builder health) {
        SpendingBudget.Usage usage = this.budget.usage();
        var limits = usage.limits();
        health.withDetail("budgetRequests", usage.requests() + " de " + limits.requestsPerDay() + " hoje")
            .withDetail("budgetTokens", usage.tokens() + " de " + limits.tokensPerDay() + " hoje");
        if (usage.spent()) {
            health.status(DEGRADED)
                .withDetail("mode", "knowledge-base")
                .withDetail("reason", "orçamento diário da OpenAI esgotado (court.assistant.budget): respostas pela "
                        + "base de conhecimento até o fim do dia " + usage.day());
        }
    }

    /** Asks upstream for its models once; what the background thread runs. */
    void refresh() {
        OpenAIClient openai = this.client.getIfAvailable();
        if (openai == null) {
            return;
        }
        this.budget.refresh();
        Instant started = this.clock.instant();
        try {
            openai.models()
                .list(RequestOptions.builder()
                    .timeout(Timeout.builder()
                        .connect(this.settings.healthTimeout())
                        .read(this.settings.healthTimeout())
                        .request(this.settings.healthTimeout())
                        .build())
                    .build());
            this.last = new Probe(true, this.clock.instant(), Duration.between(started, this.clock.instant()), null);
        }
        catch (RuntimeException ex) {
            this.last = new Probe(false, this.clock.instant(), null, UpstreamFailures.reasonOf(ex));
        }
    }

    @Override
    public void start() {
        if (this.client.getIfAvailable() == null) {
            return;
        }
        this.scheduler = Executors
            .newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("openai-health").factory());
        long period = this.settings.healthRefresh().toMillis();
        this.scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, period, TimeUnit.MILLISECONDS);
    }

    private void refreshQuietly() {
        try {
            refresh();
        }
        catch (RuntimeException ex) {
            this.last = new Probe(false, this.clock.instant(), null, "error");
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = this.scheduler;
        this.scheduler = null;
        if (running == null) {
            return;
        }
        // A refresh in flight is let finish (it ends within its own timeout) rather than
        // interrupted: an interrupted call returns before upstream has even logged the
        // request, so "nothing runs after stop" would not hold for upstream. Waiting
        // periodic runs are cancelled by shutdown().
        running.shutdown();
        try {
            if (!running.awaitTermination(this.settings.healthTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        }
        catch (InterruptedException ex) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return this.scheduler != null;
    }

    private record Probe(boolean ok, Instant checkedAt, Duration latency, String error) {
    }

}
