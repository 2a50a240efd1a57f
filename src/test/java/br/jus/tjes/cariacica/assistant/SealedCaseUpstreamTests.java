package br.jus.tjes.cariacica.assistant;

import java.util.List;
import java.util.UUID;

import br.jus.tjes.cariacica.content.CnjNumber;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static br.jus.tjes.cariacica.assistant.ChatHttp.json;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number of a sealed case (segredo de justiça) never goes to the model, in the
 * question or in the history; a public case's number does; the citizen's own record keeps
 * what they typed.
 */
class SealedCaseUpstreamTests extends FakeOpenAiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PLACEHOLDER = "[processo em segredo de justiça]";

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> created = new java.util.ArrayList<>();

    @AfterEach
    void removeHearings() {
        this.created.forEach((id) -> this.jdbc.update("delete from hearing where id = ?", id));
    }

    @Test
    void aSealedCaseNumberIsReplacedInWhatGoesUpstreamButStoredAsTyped() {
        String sealed = caseNumber(7_654_321);
        String open = caseNumber(7_654_322);
        hearing(sealed, true);
        hearing(open, false);
        upstreamAnswers(completion("""
                {"resposta": "Consulte a pauta.", "fontes": ["F1"], "encontrou": true}"""));

        String first = "Quando é a audiência do processo " + sealed + "? E a do " + open + "?";
        JsonNode reply = JSON.readTree(send(null, null, first).body());
        // The 20 digits alone, in a follow-up: the history carries the first question
        // too.
        String digits = sealed.replaceAll("\\D", "");
        String conversation = reply.get("conversationId").asString();
        String token = reply.get("conversationToken").asString();
        send(conversation, token, "E o " + digits + " tem audiência virtual?");
        // Questions with a case number are answered from the pauta itself, without the
        // model: the numbers reach the model only in the history of a later question.
        send(conversation, token, "Como funciona a audiência virtual?");

        List<LoggedRequest> sent = OPENAI.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        // A slow machine may retry an attempt: every request counts.
        assertThat(sent).isNotEmpty();
        for (LoggedRequest request : sent) {
            assertThat(request.getBodyAsString()).doesNotContain(sealed, digits, sealed.substring(0, 10))
                .contains(PLACEHOLDER, open);
        }
        assertThat(this.jdbc.queryForList(
                "select content from assistant_message where conversation_id = ? and role = 'citizen' order by created_at",
                String.class, UUID.fromString(reply.get("conversationId").asString())))
            .containsExactly(first, "E o " + digits + " tem audiência virtual?", "Como funciona a audiência virtual?");
    }

    private java.net.http.HttpResponse<String> send(String conversationId, String token, String message) {
        String body = (conversationId != null) ? "{\"conversationId\": " + json(conversationId)
                + ", \"conversationToken\": " + json(token) + ", \"message\": " + json(message) + "}"
                : "{\"message\": " + json(message) + "}";
        var response = ChatHttp.post(this.port, "/api/chat", body, ChatHttp.newClientAddress());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private void hearing(String caseNumber, boolean sealed) {
        this.created.add(this.jdbc.queryForObject("""
                insert into hearing (scheduled_at, case_number, procedural_class, hearing_type, mode, room, status,
                                     sealed)
                values (now() + interval '30 days', ?, 'Procedimento Comum Cível', 'CONCILIACAO', 'VIRTUAL', null,
                        'DESIGNADA', ?)
                returning id""", Long.class, caseNumber, sealed));
    }

    private static String caseNumber(int sequence) {
        String seq = String.format("%07d", sequence);
        return seq + "-" + CnjNumber.checkDigitsFor(seq, "2025", "8", "08", "0012") + ".2025.8.08.0012";
    }

}
