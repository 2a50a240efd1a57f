package br.jus.tjes.cariacica.assistant;

import java.time.Duration;

import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the application's own settings, every attempt at a slow upstream ends on its own
 * timeout before the citizen's budget runs out. An attempt the budget cuts short is the
 * citizen's time, which the circuit breaker does not count: if the last attempt were
 * always cut, an upstream slower than the attempt timeout would never open the circuit
 * and every citizen would wait the whole budget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UpstreamTimeBudgetTests {

    /**
     * What the message needs before the first call: admission, storing the question,
     * search.
     */
    private static final Duration WORK_BEFORE_THE_CALL = Duration.ofSeconds(2);

    @Autowired
    AssistantProperties properties;

    @Autowired
    RetryRegistry retries;

    @Test
    void everyAttemptAndTheWaitsBetweenThemFitTheBudgetWithTimeForTheWorkBeforeTheCall() {
        RetryConfig retry = this.retries.retry(OpenAiConfiguration.BREAKER).getRetryConfig();
        Duration attempts = this.properties.openai().attemptTimeout().multipliedBy(retry.getMaxAttempts());
        Duration waits = Duration.ZERO;
        for (int attempt = 1; attempt < retry.getMaxAttempts(); attempt++) {
            waits = waits.plusMillis(retry.getIntervalBiFunction().apply(attempt, null));
        }

        assertThat(attempts.plus(waits).plus(WORK_BEFORE_THE_CALL))
            .isLessThanOrEqualTo(this.properties.openai().totalBudget());
    }

}
