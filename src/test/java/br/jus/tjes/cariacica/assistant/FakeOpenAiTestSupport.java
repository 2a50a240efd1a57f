package br.jus.tjes.cariacica.assistant;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application context for every test that talks to a fake OpenAI: a WireMock server
 * on loopback, started once per JVM on a free port, with the breaker and WireMock reset
 * before each test. Each attempt times out after 1 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class FakeOpenAiTestSupport {

    public static final String COMPLETIONS = "/v1/chat/completions";

    public static final WireMockServer OPENAI = startFakeOpenAi();

    /** The waits Resilience4j chose between attempts, in order, since the test began. */
    protected final List<Duration> retryWaits = new CopyOnWriteArrayList<>();

    @LocalServerPort
    protected int port;

    @Autowired
    protected CircuitBreakerRegistry breakers;

    @Autowired
    private RetryRegistry retries;

    private static WireMockServer startFakeOpenAi() {
        var server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fake-openai-stop"));
        return server;
    }

    @DynamicPropertySource
    static void pointTheAssistantAtTheFakeOpenAi(DynamicPropertyRegistry registry) {
        registry.add("court.assistant.openai.api-key", () -> "sk-test-fake");
        registry.add("court.assistant.openai.base-url", () -> OPENAI.baseUrl() + "/v1");
        registry.add("court.assistant.openai.model", () -> "modelo-de-teste");
        registry.add("court.assistant.openai.attempt-timeout", () -> "1s");
        registry.add("court.assistant.openai.health-refresh", () -> "1h");
    }

    @BeforeEach
    void resetFakeOpenAiAndBreaker() {
        OPENAI.resetAll();
        breaker().reset();
        this.retries.retry("openai")
            .getEventPublisher()
            .onRetry((event) -> this.retryWaits.add(event.getWaitInterval()));
    }

    protected CircuitBreaker breaker() {
        return this.breakers.circuitBreaker("openai");
    }

    /** A chat completion whose message content is {@code content}. */
    protected static ResponseDefinitionBuilder completion(String content) {
        String body = """
                {"id":"chatcmpl-1","object":"chat.completion","created":1764300000,"model":"modelo-de-teste",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":%s}}],
                 "usage":{"prompt_tokens":321,"completion_tokens":45,"total_tokens":366}}"""
            .formatted(ChatHttp.json(content));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    protected static void upstreamAnswers(ResponseDefinitionBuilder response) {
        OPENAI.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(response));
    }

    /**
     * A citizen's message to the chat API, from an address of its own.
     * @param message the message
     * @return the API's response
     */
    protected HttpResponse<String> chat(String message) {
        return ChatHttp.post(this.port, "/api/chat", "{\"message\": " + ChatHttp.json(message) + "}",
                ChatHttp.newClientAddress());
    }

    /**
     * Three citizens' messages while upstream answers 503, each answered 200 from the
     * knowledge base: three failed of the first three open the circuit.
     */
    protected void openTheCircuitWithThreeFailedMessages() {
        upstreamAnswers(aResponse().withStatus(503));
        for (int i = 0; i < 3; i++) {
            assertThat(chat("Como pego uma certidão? " + i).statusCode()).isEqualTo(200);
        }
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

}
