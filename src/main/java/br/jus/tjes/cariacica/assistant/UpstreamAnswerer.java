package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import com.openai.client.OpenAIClient;
import com.openai.core.RequestOptions;
import com.openai.core.Timeout;
import com.openai.errors.OpenAIIoException;
import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the model. The circuit breaker wraps the retry (see the aspect orders in
 * application.yml), so one citizen request counts once however many attempts it took; the
 * bulkhead, innermost, bounds the calls in flight. When the breaker is open, the bulkhead
 * is full, or every attempt failed, the fallback says so at once and the assistant
 * answers from the knowledge base.
 */
@Component
class UpstreamAnswerer {

    private static final Logger log = LoggerFactory.getLogger(UpstreamAnswerer.class);

    private static final Duration MINIMUM_ATTEMPT = Duration.ofMillis(500);

    private final ObjectProvider<OpenAIClient> client;

    private final AssistantProperties.OpenAi settings;

    private final SpendingBudget budget;

    private final Clock clock;

    private final io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;

    private final Semaphore trials;

    private final ChatAdmission admission;

    UpstreamAnswerer(ObjectProvider<OpenAIClient> client, AssistantProperties properties, SpendingBudget budget,
            CircuitBreakerRegistry breakers, Clock clock, ChatAdmission admission) {
        this.admission = admission;
        this.client = client;
        this.clock = clock;
        this.settings = properties.openai();
        this.budget = budget;
        this.breaker = breakers.circuitBreaker(OpenAiConfiguration.BREAKER);
        this.trials = new Semaphore(this.breaker.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState());
    }

    /** Whether an API key is configured; without one, nothing is ever sent. */
    boolean isConfigured() {
        return this.settings.isConfigured() && this.client.getIfAvailable() != null;
    }

    /**
     * A place to ask the model now, or none when the breaker would refuse the call, so
     * the caller skips the work only the model would use: while the circuit is open, and
     * while it is half-open with its trial calls already under way. Half-open, the
     * breaker lets a few trial calls through and refuses the rest; without this, every
     * other message of the second or so a trial lasts (its retries included) searched for
     * the model's passages and built its request only to be refused.
     * @return the place, to close once the call is done, or {@code null}
     */
    @Nullable Call call() {
        return switch (this.breaker.getState()) {
            case OPEN, FORCED_OPEN -> null;
            case HALF_OPEN -> this.trials.tryAcquire() ? this.trials::release : null;
            default -> () -> {
            };
        };
    }

    @CircuitBreaker(name = OpenAiConfiguration.BREAKER, fallbackMethod = "unavailable")
    @Retry(name = OpenAiConfiguration.BREAKER)
    @Bulkhead(name = OpenAiConfiguration.BREAKER)
    UpstreamResult answer(UpstreamRequest request) {
        OpenAIClient openai = this.client.getIfAvailable();
        if (openai == null) {
            return new UpstreamResult.Unavailable("not-configured");
        }
        timeLeft(request);
        // Every attempt is a call OpenAI bills: each reserves its share of the day's
        // budget, in a database slot like the message's other steps.
        var reservation = this.admission.beforeTheModel(request.deadline(), this.budget::reserve);
        if (reservation == null) {
            return new UpstreamResult.Unavailable(ChatAdmission.DATABASE_BUSY);
        }
        if (reservation.isEmpty()) {
            return new UpstreamResult.Unavailable(SpendingBudget.SPENT);
        }
        // The wait for a slot counts against the deadline too: an attempt that no longer
        // fits is not sent (its reserved request stays counted, which can only refuse a
        // call near the limit, never pass it).
        Duration remaining = timeLeft(request);
        boolean cutByDeadline = remaining.compareTo(this.settings.attemptTimeout()) < 0;
        Duration attempt = cutByDeadline ? remaining : this.settings.attemptTimeout();
        var options = RequestOptions.builder()
            .timeout(Timeout.builder()
                .connect(this.settings.connectTimeout())
                // The call timeout bounds the attempt; no read or write timeout of its
                // own
                // (OpenAiConfiguration).
                .read(Duration.ZERO)
                .write(Duration.ZERO)
                .request(attempt)
                .build())
            .build();
        Set<String> given = request.passages().stream().map(Passage::id).collect(Collectors.toSet());
        UpstreamResult.Answer reply;
        try (var response = openai.chat()
            .completions()
            .withRawResponse()
            .create(Prompt.build(request, this.settings.model(), this.settings.maxOutputTokens()), options)) {
            // Errors (4xx, 5xx) were thrown by create; the body is read here, once.
            reply = Prompt.read(response.body(), given);
        }
        catch (OpenAIIoException ex) {
            // A timeout of an attempt our own deadline shortened is the citizen's time
            // running out, not upstream failing: the breaker must not count it.
            if (cutByDeadline && UpstreamFailures.isTimeout(ex)) {
                throw new DeadlineExceededException();
            }
            throw ex;
        }
        // Its tokens are added to the day's spending with the answer, in the statement
        // that stores it (ConversationStore).
        return reply;
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

    // The time left for an attempt; too little for one is the citizen's deadline
    // running out.
    private Duration timeLeft(UpstreamRequest request) {
        Duration remaining = Duration.between(this.clock.instant(), request.deadline());
        if (remaining.compareTo(MINIMUM_ATTEMPT) < 0) {
            throw new DeadlineExceededException();
        }
        return remaining;
    }

    /** A place to ask the model; closing it frees it. */
    interface Call extends AutoCloseable {

        @Override
        void close();

    }

}
