package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
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
 * once, and neither it nor the citizen's own deadline counts as upstream failing; the
 * budget's reservation before a call waits for a database slot like every other step.
 */
class AdmissionControlTests extends FakeOpenAiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BulkheadRegistry bulkheads;

    @Autowired
    UpstreamAnswerer upstream;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChatAdmission admission;

    @Autowired
    AssistantProperties properties;

    @Autowired
    MeterRegistry registry;

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

    @Test
    void reservingTheBudgetTakesADatabaseSlotAndWithoutOneTheModelIsNotCalledNorAMessageRefused() throws Exception {
        upstreamAnswers(completion("""
                {"resposta": "Das 12h às 18h.", "fontes": ["F1"], "encontrou": true}"""));
        double refusedBefore = refused();
        var release = new CountDownLatch(1);
        List<CompletableFuture<Object>> holders = holdEverySlot(release);
        try {
            assertThat(this.upstream.answer(hours())).isEqualTo(new UpstreamResult.Unavailable("database-busy"));
        }
        finally {
            release.countDown();
        }
        for (var holder : holders) {
            holder.get(10, TimeUnit.SECONDS);
        }
        OPENAI.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertThat(refused()).as("the message goes on without the model: no 503").isEqualTo(refusedBefore);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();

        // With a slot free, the same call reserves its request and asks the model.
        assertThat(this.upstream.answer(hours())).isInstanceOf(UpstreamResult.Answer.class);
        OPENAI.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void theWaitForTheReservationsSlotCountsAgainstTheDeadline() throws Exception {
        upstreamAnswers(completion("""
                {"resposta": "Das 12h às 18h.", "fontes": ["F1"], "encontrou": true}"""));
        var release = new CountDownLatch(1);
        List<CompletableFuture<Object>> holders = holdEverySlot(release);
        // The slots come free 600 ms into a message with 1 s left: 400 ms, less than an
        // attempt's minimum, so the model is not asked.
        var releasing = CompletableFuture.runAsync(release::countDown,
                CompletableFuture.delayedExecutor(600, TimeUnit.MILLISECONDS));
        var result = this.upstream.answer(new UpstreamRequest("Qual o horário?",
                List.of(new Passage("F1", "Horário", "/atendimento", "Das 12h às 18h.")), List.of(),
                Instant.now().plusMillis(1000)));
        releasing.get(10, TimeUnit.SECONDS);
        for (var holder : holders) {
            holder.get(10, TimeUnit.SECONDS);
        }

        assertThat(result).isEqualTo(new UpstreamResult.Unavailable("deadline"));
        OPENAI.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    // Takes every database slot with a step that stays in the database until released.
    private List<CompletableFuture<Object>> holdEverySlot(CountDownLatch release) throws InterruptedException {
        List<CompletableFuture<Object>> holders = new ArrayList<>();
        int slots = this.properties.admission().databaseSlots();
        var holding = new CountDownLatch(slots);
        for (int i = 0; i < slots; i++) {
            holders.add(CompletableFuture
                .supplyAsync(() -> this.admission.withDatabase(Instant.now().plusSeconds(30), () -> {
                    holding.countDown();
                    await(release);
                    return null;
                }), Executors.newVirtualThreadPerTaskExecutor()));
        }
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return holders;
    }

    private static UpstreamRequest hours() {
        return new UpstreamRequest("Qual o horário?",
                List.of(new Passage("F1", "Horário", "/atendimento", "Das 12h às 18h.")), List.of(),
                Instant.now().plusSeconds(25));
    }

    private double refused() {
        var counter = this.registry.find("court.assistant.chat.refused").tag("reason", "database-busy").counter();
        return (counter != null) ? counter.count() : 0;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private Bulkhead bulkhead() {
        return this.bulkheads.bulkhead("openai");
    }

}
