package br.jus.tjes.cariacica.ops.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import br.jus.tjes.cariacica.CourtApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.FileSystemUtils;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness under a database outage, with the production pool's 10 s connection timeout:
 * it drops within 2 s of the database stopping, every probe answers within 1 s (none
 * waits on the pool), and it is back within 2 s of the database's return.
 */
class ReadinessUnderOutageTests {

    private static final Duration PROBE_LIMIT = Duration.ofSeconds(1);

    @Test
    void readinessDropsWithinTwoSecondsAnswersEveryProbeWithinOneAndReturnsWithinTwo() throws IOException {
        Path data = Files.createTempDirectory("court-readiness-");
        EmbeddedPostgres postgres = start(data, 0);
        int databasePort = postgres.getPort();
        AtomicLong slowest = new AtomicLong();
        try (var application = new SpringApplicationBuilder(CourtApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.minimum-idle=1", "--spring.datasource.hikari.maximum-pool-size=2",
                "--spring.datasource.hikari.connection-timeout=10000", "--court.tasks.enabled=false",
                "--court.ops.health.routes=/")) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            assertThat(timedReadiness(port, slowest)).isEqualTo(200);

            postgres.close();

            await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(timedReadiness(port, slowest)).isEqualTo(503));
            // The schema check's cache expiring during the outage must not make a probe
            // wait on the pool either.
            for (int i = 0; i < 10; i++) {
                assertThat(timedReadiness(port, slowest)).isEqualTo(503);
            }

            postgres = start(data, databasePort);

            await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(timedReadiness(port, slowest)).isEqualTo(200));
            assertThat(Duration.ofNanos(slowest.get())).as("the slowest probe").isLessThan(PROBE_LIMIT);
        }
        finally {
            postgres.close();
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static int timedReadiness(int port, AtomicLong slowest) {
        long started = System.nanoTime();
        int status = get(port, "/readyz").statusCode();
        slowest.accumulateAndGet(System.nanoTime() - started, Math::max);
        return status;
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        var builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

}
