package br.jus.tjes.cariacica.ops.health;

import java.io.IOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import br.jus.tjes.cariacica.CourtApplication;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application on a PostgreSQL of its own, which the test stops: the shared embedded server must keep running
 * for every other test.
 */
class DatabaseOutageTests {

    @Test
    void stoppedDatabaseTakesTheInstanceOutOfRotationButKeepsItAlive() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (var application = new SpringApplicationBuilder(CourtApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.minimum-idle=1",
                "--spring.datasource.hikari.maximum-pool-size=2",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500",
                "--court.ops.health.routes=/")) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);

            postgres.close();

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(get(port, "/readyz").statusCode()).isEqualTo(503));
            assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
            assertThat(get(port, "/livez").body()).contains("\"UP\"");
        }
        finally {
            postgres.close();
        }
    }
}
