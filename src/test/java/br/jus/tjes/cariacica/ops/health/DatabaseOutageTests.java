package br.jus.tjes.cariacica.ops.health;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import br.jus.tjes.cariacica.CourtApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.FileSystemUtils;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static br.jus.tjes.cariacica.support.WebClientSupport.request;
import static br.jus.tjes.cariacica.support.WebClientSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application on a PostgreSQL of its own, which the test stops and starts again on
 * the same data directory and port: the shared embedded server must keep running for
 * every other test.
 */
class DatabaseOutageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void stoppedDatabaseIsA503ForCitizensAndOutOfRotationButAliveAndNothingAcknowledgedIsLostWhenItReturns()
            throws IOException {
        Path data = Files.createTempDirectory("court-outage-");
        EmbeddedPostgres postgres = start(data, 0);
        int databasePort = postgres.getPort();
        try (var application = new SpringApplicationBuilder(CourtApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.minimum-idle=1", "--spring.datasource.hikari.maximum-pool-size=2",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500", "--court.ops.health.routes=/")) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
            assertThat(get(port, "/").statusCode()).isEqualTo(200);
            JsonNode acknowledged = JSON.readTree(chat(port, "Como pego uma certidão antes da queda?").body());

            postgres.close();

            await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get(port, "/readyz").statusCode()).isEqualTo(503));
            assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
            assertThat(get(port, "/livez").body()).contains("\"UP\"");

            // Public content is cached: a page seen before the outage is still served.
            assertThat(get(port, "/").statusCode()).isEqualTo(200);
            var search = get(port, "/busca?q=prazo", "Accept", "text/html");
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(search.body()).contains("Serviço temporariamente indisponível").doesNotContain("Exception");

            var refused = chat(port, "A vara está aberta durante a queda?");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("instabilidade passageira").doesNotContain("Exception", "SQL");

            postgres = start(data, databasePort);

            await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get(port, "/readyz").statusCode()).isEqualTo(200));
            // Readiness reads the probe's own connection; the pool's connection creator
            // may
            // still be backing off (up to 5 s) from its failed attempts, and a request in
            // that window gets a 503 with Retry-After, which is what a client retries on.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var history = get(port, "/api/chat/" + acknowledged.get("conversationId").asString(), "Accept",
                        "application/json", "X-Conversation-Token", acknowledged.get("conversationToken").asString());
                assertThat(history.statusCode()).isEqualTo(200);
                assertThat(history.body()).contains("Como pego uma certidão antes da queda?",
                        acknowledged.get("messageId").asString());
            });
        }
        finally {
            postgres.close();
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /**
     * Keeps the data directory when closed, so the server can start again on it (port 0:
     * any free port).
     */
    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        var builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private static HttpResponse<String> chat(int port, String message) {
        return send(request(port, "/api/chat").header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"" + message + "\"}"))
            .build());
    }

}
