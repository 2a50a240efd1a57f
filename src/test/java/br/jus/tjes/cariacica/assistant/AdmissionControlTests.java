package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static br.jus.tjes.cariacica.assistant.ChatHttp.json;
import static br.jus.tjes.cariacica.assistant.ChatHttp.newClientAddress;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admission control around the model: a full bulkhead answers from the knowledge base at
 * once, and neither it nor the citizen's own deadline counts as upstream failing.
 */
class AdmissionControlTests extends FakeOpenAiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BulkheadRegistry bulkheads;

    @Autowired
    UpstreamAnswerer upstream;

    @Autowired
    JdbcTemplate jdbc;

    private BulkheadConfig configured;

    @AfterEach
    void restoreTheBulkhead() {
        if (this.configured != null) {
            bulkhead().changeConfig(this.configured);
        }
    }

    @Test
    void theBulkheadIsSizedFromTheAdmissionSettingsAndDoesNotWait() {
        assertThat(bulkhead().getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(1600);
        assertThat(bulkhead().getBulkheadConfig().getMaxWaitDuration()).isZero();
    }

    @Test
    void aFullBulkheadAnswersFromTheKnowledgeBaseAtOnceWithoutCallingUpstreamOrOpeningTheCircuit() {
        upstreamAnswers(completion("""
                {"resposta": "Das 12h às 18h.", "fontes": ["F1"], "encontrou": true}""").withFixedDelay(5_000));
        this.configured = bulkhead().getBulkheadConfig();
        bulkhead().changeConfig(BulkheadConfig.from(this.configured).maxConcurrentCalls(1).build());
        assertThat(bulkhead().tryAcquirePermission()).as("the one place, taken by a call in flight").isTrue();
        try {
            for (int i = 0; i < 4; i++) {
                long started = System.nanoTime();
                var response = ChatHttp.post(this.port, "/api/chat",
                        "{\"message\": " + json("Qual o horário de atendimento? " + i) + "}", newClientAddress());
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(response.statusCode()).isEqualTo(200);
                JsonNode reply = JSON.readTree(response.body());
                assertThat(reply.get("mode").asString()).isEqualTo("knowledge-base");
                assertThat(this.jdbc.queryForObject("select fallback_reason from assistant_message where id = ?",
                        String.class, UUID.fromString(reply.get("messageId").asString())))
                    .isEqualTo("overload");
                // Calling upstream would take three 1 s attempts and their waits (> 4 s);
                // the margin is for a machine shared with other builds.
                assertThat(took).as("answered at once, not after a wait").isLessThan(Duration.ofMillis(2500));
            }
        }
        finally {
            bulkhead().onComplete();
        }
        OPENAI.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void theCitizensDeadlineRunningOutIsNotCountedAsUpstreamFailing() {
        // Each attempt may last 1 s here; 700 ms left cut it short, and the cut attempt
        // times out because of our deadline, not because upstream is slow.
        upstreamAnswers(completion("{}").withFixedDelay(5_000));

        for (int i = 0; i < 4; i++) {
            var result = this.upstream.answer(new UpstreamRequest("Qual o horário?",
                    List.of(new Passage("F1", "Horário", "/atendimento", "Das 12h às 18h.")), List.of(),
                    Instant.now().plusMillis(700)));
            assertThat(result).isEqualTo(new UpstreamResult.Unavailable("deadline"));
        }

        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(retryWaits).as("a deadline is not retried").isEmpty();
    }

    private Bulkhead bulkhead() {
        return this.bulkheads.bulkhead("openai");
    }

}
