package br.jus.tjes.cariacica.assistant;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After an outage the assistant goes back to the model by itself: the open period ends
 * with time, not with a request, because while the circuit is open no citizen's message
 * asks the breaker for a call (the assistant answers from the knowledge base without
 * trying). The open period is 1 s here instead of 60 s.
 */
@TestPropertySource(properties = "resilience4j.circuitbreaker.instances.openai.wait-duration-in-open-state=1s")
class CircuitRecoveryTests extends FakeOpenAiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void afterTheOpenPeriodTheNextMessagesReachTheRecoveredModelAndCloseTheCircuit() {
        openTheCircuitWithThreeFailedMessages();
        upstreamAnswers(completion("""
                {"resposta": "Das 12h às 18h.", "fontes": ["F1"], "encontrou": true}"""));

        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(modeOf(chat("Qual o horário?"))).isEqualTo("ai"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            chat("Qual o horário de atendimento?");
            assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        });
    }

    private static String modeOf(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("mode").asString();
    }

}
