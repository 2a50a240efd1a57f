package br.jus.tjes.cariacica.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SchemaHealthIndicatorTests {

    private static final String PENDING = "classpath:ops-health/pending-migration";

    @Test
    void pendingMigrationIsDownAndNamedUntilItIsAppliedAndTheCacheExpires() {
        String url = freshDatabase();
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load().migrate();
        Flyway withPending = Flyway.configure()
            .dataSource(url, "postgres", "postgres")
            .locations("classpath:db/migration", PENDING)
            .load();
        var clock = new MovableClock();
        var check = new SchemaHealthIndicator(withPending, "validate", Duration.ofSeconds(30), clock);

        var pending = check.health();

        assertThat(pending.getStatus()).isEqualTo(Status.DOWN);
        assertThat((List<?>) pending.getDetails().get("pending")).singleElement()
            .asString()
            .startsWith("9999 pending for health test");

        withPending.migrate();
        assertThat(check.health().getStatus()).as("still the cached reading").isEqualTo(Status.DOWN);

        clock.advance(Duration.ofSeconds(31));
        assertThat(check.health().getStatus()).as("read again in the background, the probe not waiting")
            .isEqualTo(Status.DOWN);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var applied = check.health();
            assertThat(applied.getStatus()).isEqualTo(Status.UP);
            assertThat((List<?>) applied.getDetails().get("pending")).isEmpty();
            assertThat(applied.getDetails().get("current").toString()).startsWith("9999");
        });
    }

    @Test
    void mappingThatHibernateDoesNotValidateIsDown() {
        String url = freshDatabase();
        Flyway flyway = Flyway.configure()
            .dataSource(url, "postgres", "postgres")
            .locations("classpath:db/migration")
            .load();
        flyway.migrate();

        var health = new SchemaHealthIndicator(flyway, "none", Duration.ofSeconds(30), Clock.systemUTC()).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("jpaMapping").toString()).contains("ddl-auto=none");
    }

    @Test
    void unreachableDatabaseIsDownNamingTheErrorType() {
        Flyway flyway = Flyway.configure()
            .dataSource("jdbc:postgresql://127.0.0.1:1/nada?connectTimeout=2", "postgres", "postgres")
            .connectRetries(0)
            .load();

        var health = new SchemaHealthIndicator(flyway, "validate", Duration.ofSeconds(30), Clock.systemUTC()).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("error");
    }

    @Test
    void unreachableDatabaseNeitherKeepsADownReadingNorHidesTheSchemaAsLastRead() {
        String url = freshDatabase();
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load().migrate();
        var dataSource = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nada?connectTimeout=2", "postgres",
                "postgres");
        Flyway flyway = Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .connectRetries(0)
            .load();
        var clock = new MovableClock();
        var check = new SchemaHealthIndicator(flyway, "validate", Duration.ofSeconds(30), clock);

        assertThat(check.health().getStatus()).isEqualTo(Status.DOWN);

        dataSource.setUrl(url);
        await().atMost(Duration.ofSeconds(10))
            .alias("read again at once, not after 30 s")
            .untilAsserted(() -> assertThat(check.health().getStatus()).isEqualTo(Status.UP));

        dataSource.setUrl("jdbc:postgresql://127.0.0.1:1/nada?connectTimeout=2");
        clock.advance(Duration.ofSeconds(31));
        check.health();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var unreachable = check.health();
            assertThat(unreachable.getStatus()).as("the schema as last read; the db check reports the outage")
                .isEqualTo(Status.UP);
            assertThat(unreachable.getDetails()).containsKey("error");
        });
    }

    private static String freshDatabase() {
        var server = EmbeddedPostgresServer.get();
        String database = "ops_schema_" + System.nanoTime();
        server.createDatabaseIfMissing(database);
        return server.jdbcUrl(database);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return this.now;
        }

    }

}
