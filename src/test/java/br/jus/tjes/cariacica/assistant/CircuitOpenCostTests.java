package br.jus.tjes.cariacica.assistant;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static br.jus.tjes.cariacica.assistant.ChatHttp.json;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the circuit open the chat is the cheap path: nothing for the model is prepared or
 * sent, and a question asked before runs no search SQL, only the two storing statements
 * (the data source is counted as in {@link ChatDatabaseCostTests}).
 */
@Import(ChatDatabaseCostTests.CountingDataSource.class)
@TestPropertySource(properties = { "court.tasks.enabled=false", "court.content.revision-check-interval=1h" })
class CircuitOpenCostTests extends FakeOpenAiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void withTheCircuitOpenARepeatedQuestionCostsTwoStatementsAndNoSearchNorUpstreamCall() {
        breaker().transitionToOpenState();
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        ask("Como pego uma certidão?");

        var cost = ChatDatabaseCostTests.COUNTS.during(() -> {
            JsonNode reply = ask("como pego uma certidao");
            assertThat(reply.get("mode").asString()).isEqualTo("knowledge-base");
            assertThat(reply.get("sources")).as("the knowledge base still cites the site").isNotEmpty();
        });

        assertThat(cost.statements()).as("the question and the answer, no search").isEqualTo(2);
        assertThat(cost.checkouts()).as("pool checkouts").isEqualTo(2);
        OPENAI.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    private JsonNode ask(String message) {
        var response = ChatHttp.post(this.port, "/api/chat", "{\"message\": " + json(message) + "}",
                ChatHttp.newClientAddress());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

}
