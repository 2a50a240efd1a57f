package br.jus.tjes.cariacica.assistant;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
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
 * In AI mode nothing invented reaches a citizen: the model's replies that say "not
 * found", cite nothing given, or state a number no cited passage holds are replaced; a
 * grounded reply is shown even when the passage it cites is not about the question.
 */
class AssistantGuardTests extends FakeOpenAiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String NOT_FOUND = "Não encontrei essa informação no conteúdo do site da vara.";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aNotFoundReplyWithInventedTextShowsTheFixedNotFoundTextAndTheHandoff() {
        upstreamAnswers(completion(
                """
                        {"resposta": "Não achei, mas o prazo é de 15 dias e custa R$ 480.", "fontes": [], "encontrou": false}"""));

        JsonNode reply = answered("Quanto tempo demora a usucapião?");

        assertThat(reply.get("mode").asString()).isEqualTo("ai");
        assertThat(reply.get("outcome").asString()).isEqualTo("not-found");
        assertThat(reply.get("answer").asString()).startsWith(NOT_FOUND).doesNotContain("15 dias", "480");
        assertThat(reply.get("sources")).isEmpty();
        assertThat(reply.get("handoff").toString()).contains("balcao-virtual", "telefone", "defensoria");
    }

    @Test
    void anUncitedReplyIsNotShownAndTheKnowledgeBaseAnswersMarkedUngrounded() {
        upstreamAnswers(completion("""
                {"resposta": "O guichê azul resolve tudo na hora.", "fontes": [], "encontrou": true}"""));

        JsonNode reply = answered("Como pego uma certidão?");

        assertUngrounded(reply, "guichê azul");
    }

    @Test
    void aReplyCitingOnlyAnIdThatWasNotGivenIsNotShown() {
        upstreamAnswers(completion("""
                {"resposta": "O guichê azul resolve tudo na hora.", "fontes": ["F99"], "encontrou": true}"""));

        JsonNode reply = answered("Como pego uma certidão?");

        assertUngrounded(reply, "guichê azul");
    }

    @Test
    void aReplyWithANumberNoCitedSourceHoldsIsNotShownCountedAndMarkedForReview() {
        upstreamAnswers(completion(
                """
                        {"resposta": "Ligue para (27) 3999-0000 e pague R$ 480 de custas.", "fontes": ["F3"], "encontrou": true}"""));
        double before = ungrounded();

        JsonNode reply = answered("Como pego uma certidão?");

        assertUngrounded(reply, "3999-0000");
        assertThat(reply.get("answer").asString()).doesNotContain("R$ 480");
        assertThat(ungrounded()).isEqualTo(before + 1);
    }

    @Test
    void aGroundedReplyCitingAPassageUnrelatedToTheQuestionIsShown() {
        upstreamAnswers(completion("""
                {"resposta": "Fale com a secretaria pelos canais da vara.", "fontes": ["F4"], "encontrou": true}"""));

        JsonNode reply = answered("Como peço gratuidade de justiça?");

        assertThat(reply.get("mode").asString()).isEqualTo("ai");
        assertThat(reply.get("outcome").asString()).isEqualTo("answered");
        assertThat(reply.get("answer").asString()).isEqualTo("Fale com a secretaria pelos canais da vara.");
        assertThat(reply.get("sources")).hasSize(1);
    }

    @Test
    void legalAdviceIsDeclinedWithoutAskingTheModel() {
        upstreamAnswers(completion("""
                {"resposta": "Sim, recorra.", "fontes": ["F1"], "encontrou": true}"""));

        JsonNode reply = answered("vale a pena recorrer da sentenca?");

        assertThat(reply.get("outcome").asString()).isEqualTo("refused");
        assertThat(reply.get("answer").asString()).contains("orientação jurídica", "Defensoria Pública")
            .doesNotContain("Sim, recorra");
        OPENAI.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void theCitizensQuestionIsStoredBeforeTheUpstreamCall() throws Exception {
        // Upstream hangs past every attempt (three of 1 s each): were the question stored
        // only with the answer, the database would not have it while the model is asked,
        // and a crash then would lose it.
        upstreamAnswers(completion("{}").withFixedDelay(10_000));
        // Letters only: digits could be masked as personal data before storage.
        String question = "Como pego uma certidão? " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> ChatHttp.post(this.port,
                "/api/chat", "{\"message\": " + json(question) + "}", newClientAddress()));
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> !roles(question).isEmpty());

        assertThat(answer).isNotDone();
        assertThat(roles(question)).containsExactly("citizen");
        assertThat(answer.get().statusCode()).isEqualTo(200);
        assertThat(roles(question)).containsExactly("citizen", "assistant");
        assertThat(OPENAI.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)))).isNotEmpty();
    }

    private List<String> roles(String question) {
        return this.jdbc.queryForList("""
                select m2.role from assistant_message m1
                join assistant_message m2 on m2.conversation_id = m1.conversation_id
                where m1.content = ? order by m2.created_at, m2.role desc""", String.class, question);
    }

    private void assertUngrounded(JsonNode reply, String invented) {
        assertThat(reply.get("mode").asString()).isEqualTo("knowledge-base");
        assertThat(reply.get("answer").asString()).doesNotContain(invented);
        assertThat(this.jdbc.queryForObject("select fallback_reason from assistant_message where id = ?", String.class,
                UUID.fromString(reply.get("messageId").asString())))
            .isEqualTo("ungrounded");
    }

    private double ungrounded() {
        Counter counter = this.meters.find("court.assistant.ungrounded").counter();
        return (counter != null) ? counter.count() : 0;
    }

    private JsonNode answered(String message) {
        var response = chat(message);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

}
