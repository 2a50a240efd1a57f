package br.jus.tjes.cariacica;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class FlywayMigrationTests {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[a-z0-9_]+\\.sql");

    @Autowired
    DataSource dataSource;

    @Test
    void contextRunsOnTheEmbeddedPostgresWithEveryMigrationApplied() {
        var jdbc = new JdbcTemplate(this.dataSource);
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
            .isGreaterThanOrEqualTo(180000);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
            .isZero();
        assertThat(jdbc.queryForList("select extname from pg_extension", String.class)).contains("unaccent", "pg_trgm");
    }

    @Test
    void flywayMigratesAnEmptyDatabaseFromScratch() {
        var server = EmbeddedPostgresServer.get();
        String database = "clean_" + System.nanoTime();
        server.createDatabaseIfMissing(database);
        var flyway = Flyway.configure()
            .dataSource(server.jdbcUrl(database), "postgres", "postgres")
            .locations("classpath:db/migration")
            .load();

        var result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().all()).allMatch((info) -> info.getState() == MigrationState.SUCCESS);
    }

    @Test
    void migrationFilesAreWellNamedAndNoVersionIsUsedTwice() throws IOException {
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        assertThat(resources).isNotEmpty();
        Map<String, List<String>> byVersion = new HashMap<>();
        for (var resource : resources) {
            String name = resource.getFilename();
            var matcher = VERSIONED.matcher(name);
            assertThat(matcher.matches()).as("migration name %s", name).isTrue();
            String version = matcher.group(1).replace('_', '.').replaceAll("^0+(?=\\d)", "");
            byVersion.computeIfAbsent(version, (v) -> new ArrayList<>()).add(name);
        }
        assertThat(byVersion)
            .allSatisfy((version, names) -> assertThat(names).as("migrations with version %s", version).hasSize(1));
    }

}
