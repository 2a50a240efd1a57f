package br.jus.tjes.cariacica.assistant;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations made the way citizens make them: through the real chat API, from one
 * client address.
 */
final class CitizenChats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    private final String address = ChatHttp.newClientAddress();

    CitizenChats(int port) {
        this.port = port;
    }

    /**
     * A word no page of the site holds, so a question made of such words finds nothing.
     */
    static String nonsenseWord() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("qz");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    Reply ask(String question) {
        var response = ChatHttp.post(this.port, "/api/chat", "{\"message\": " + ChatHttp.json(question) + "}",
                this.address);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return reply(JSON.readTree(response.body()), null);
    }

    Reply askAgain(Reply earlier, String question) {
        var response = ChatHttp.post(this.port, "/api/chat", "{\"conversationId\": \"" + earlier.conversationId()
                + "\", \"message\": " + ChatHttp.json(question) + "}", this.address, "X-Conversation-Token",
                earlier.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return reply(JSON.readTree(response.body()), earlier.token());
    }

    void rate(Reply reply, boolean useful) {
        var response = ChatHttp.post(this.port,
                "/api/chat/" + reply.conversationId() + "/messages/" + reply.messageId() + "/feedback",
                "{\"useful\": " + useful + "}", this.address, "X-Conversation-Token", reply.token());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    int historyStatus(Reply reply) {
        return ChatHttp
            .get(this.port, "/api/chat/" + reply.conversationId(), "Accept", "application/json", "X-Conversation-Token",
                    reply.token())
            .statusCode();
    }

    private static Reply reply(JsonNode body, String token) {
        return new Reply(UUID.fromString(body.get("conversationId").asString()),
                body.hasNonNull("conversationToken") ? body.get("conversationToken").asString() : token,
                UUID.fromString(body.get("messageId").asString()), body.get("outcome").asString(),
                body.get("mode").asString());
    }

    /** The answer the citizen got, and what is needed to go on or rate it. */
    record Reply(UUID conversationId, String token, UUID messageId, String outcome, String mode) {
    }

}
