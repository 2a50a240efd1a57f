package br.jus.tjes.cariacica.ops.health;

import java.time.Clock;
import java.time.Duration;
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
 * Flyway has applied every migration, none is pending or failed, and Hibernate validated the mapping against the
 * schema ({@code ddl-auto=validate}: the application does not start otherwise). The history table is read at most
 * once per {@code cacheFor} (see {@link CachedHealthIndicator}), so polling stays cheap.
 */
class SchemaHealthIndicator implements HealthIndicator {

    private final Flyway flyway;
    private final String ddlAuto;
    private final HealthIndicator cached;

    SchemaHealthIndicator(Flyway flyway, String ddlAuto, Duration cacheFor, Clock clock) {
        this.flyway = flyway;
        this.ddlAuto = ddlAuto;
        this.cached = new CachedHealthIndicator(this::check, cacheFor, clock);
    }

    @Override
    public Health health() {
        return cached.health();
    }

    private Health check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean mappingValidated = "validate".equalsIgnoreCase(ddlAuto);
        details.put("jpaMapping", mappingValidated ? "validated at startup" : "not validated (ddl-auto=" + ddlAuto + ")");
        try {
            var info = flyway.info();
            MigrationInfo current = info.current();
            List<String> pending = versions(info.pending());
            List<String> failed = Arrays.stream(info.all())
                    .filter(migration -> migration.getState().isFailed()
                            || migration.getState() == MigrationState.IGNORED)
                    .map(SchemaHealthIndicator::describe)
                    .toList();
            details.put("applied", info.applied().length);
            details.put("current", current == null ? "none" : describe(current));
            details.put("pending", pending);
            details.put("failed", failed);
            boolean up = mappingValidated && pending.isEmpty() && failed.isEmpty();
            return (up ? Health.up() : Health.down()).withDetails(details).build();
        }
        catch (RuntimeException ex) {
            return Health.down().withDetails(details).withDetail("error", ex.getClass().getName()).build();
        }
    }

    private static List<String> versions(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(SchemaHealthIndicator::describe).toList();
    }

    private static String describe(MigrationInfo migration) {
        String version = migration.getVersion() == null ? "R" : migration.getVersion().getVersion();
        return version + " " + migration.getDescription() + " (" + migration.getState().getDisplayName() + ")";
    }

}
