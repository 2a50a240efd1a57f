package br.jus.tjes.cariacica.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Flyway has applied every migration, none is pending or failed, and Hibernate validated
 * the mapping against the schema ({@code ddl-auto=validate}: the application does not
 * start otherwise). The history table is read at most once per {@code cacheFor}, in the
 * background; every caller gets the last reading at once, so polling stays cheap and
 * never waits on the database.
 */
class SchemaHealthIndicator implements HealthIndicator {

    private final Flyway flyway;

    private final String ddlAuto;

    private final Clock clock;

    private final LastReading<Reading> last;

    SchemaHealthIndicator(Flyway flyway, String ddlAuto, Duration cacheFor, Clock clock) {
        this.flyway = flyway;
        this.ddlAuto = ddlAuto;
        this.clock = clock;
        // A reading that could not reach the database is not kept: readiness follows the
        // database's return at once. It is read again in the background: Flyway reads
        // through the connection pool, and a probe must never wait on it (a stopped
        // database holds a checkout for the pool's whole connection timeout).
        this.last = new LastReading<>(this::check,
                (reading) -> !reading.reachedDatabase() || reading.at().plus(cacheFor).isBefore(clock.instant()),
                (refresh) -> Thread.ofVirtual().name("court-schema-check").start(refresh));
    }

    @Override
    public Health health() {
        return this.last.get().health();
    }

    private Reading check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean mappingValidated = "validate".equalsIgnoreCase(this.ddlAuto);
        details.put("jpaMapping",
                mappingValidated ? "validated at startup" : "not validated (ddl-auto=" + this.ddlAuto + ")");
        try {
            var info = this.flyway.info();
            MigrationInfo current = info.current();
            List<String> pending = versions(info.pending());
            List<String> failed = Arrays.stream(info.all())
                .filter((migration) -> migration.getState().isFailed()
                        || migration.getState() == MigrationState.IGNORED)
                .map(SchemaHealthIndicator::describe)
                .toList();
            details.put("applied", info.applied().length);
            details.put("current", (current != null) ? describe(current) : "none");
            details.put("pending", pending);
            details.put("failed", failed);
            boolean up = mappingValidated && pending.isEmpty() && failed.isEmpty();
            return new Reading((up ? Health.up() : Health.down()).withDetails(details).build(), this.clock.instant(),
                    true, true);
        }
        catch (RuntimeException ex) {
            Reading previous = this.last.peek();
            if (previous != null && previous.schemaKnown()) {
                // Reaching the database is the `db` check's job: keep what the schema
                // last was, so readiness comes
                // back with the database and not only after a slow re-read of the history
                // table.
                Health kept = Health.status(previous.health().getStatus())
                    .withDetails(previous.health().getDetails())
                    .withDetail("error", ex.getClass().getName())
                    .build();
                // Kept through every re-read until the database answers again, not only
                // the first one.
                return new Reading(kept, previous.at(), false, true);
            }
            return new Reading(Health.down().withDetails(details).withDetail("error", ex.getClass().getName()).build(),
                    this.clock.instant(), false, false);
        }
    }

    private static List<String> versions(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(SchemaHealthIndicator::describe).toList();
    }

    private static String describe(MigrationInfo migration) {
        String version = (migration.getVersion() == null) ? "R" : migration.getVersion().getVersion();
        return version + " " + migration.getDescription() + " (" + migration.getState().getDisplayName() + ")";
    }

    /**
     * One reading of the schema.
     *
     * @param health what the check says
     * @param at when the schema was last read
     * @param reachedDatabase whether this reading reached the database
     * @param schemaKnown whether it holds the schema as the database last reported it
     * (read now, or kept through an outage)
     */
    private record Reading(Health health, Instant at, boolean reachedDatabase, boolean schemaKnown) {
    }

}
