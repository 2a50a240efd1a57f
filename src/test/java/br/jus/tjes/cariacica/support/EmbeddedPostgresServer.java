package br.jus.tjes.cariacica.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per JVM, started on first use and stopped when the JVM exits. With
 * a data directory its data survives restarts (the local run); without one it lives in a
 * temporary folder (the tests).
 */
public final class EmbeddedPostgresServer {

    /** The superuser: Flyway migrates as this role, which owns the schema. */
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    /**
     * The site's own role, as in production: it reads and writes data and owns nothing
     * (V81).
     */
    public static final String APP_USER = "court_app";

    public static final String APP_PASSWORD = "court_app";

    private static final String DATABASE = "court";

    private static EmbeddedPostgresServer instance;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * The JVM's server, started on the first call; {@code dataDirectory} only matters on
     * that call.
     */
    public static synchronized EmbeddedPostgresServer get(String dataDirectory) {
        if (instance == null) {
            instance = new EmbeddedPostgresServer(start(dataDirectory));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "embedded-postgres-stop"));
            instance.createDatabaseIfMissing(DATABASE);
            instance.createApplicationRoleIfMissing();
        }
        return instance;
    }

    public static synchronized EmbeddedPostgresServer get() {
        return get(null);
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return this.postgres.getJdbcUrl(USER, database);
    }

    /**
     * The application's database without a user in the URL: PgJDBC would let that user
     * win over the configured one.
     * @return the JDBC URL
     */
    public String urlWithoutUser() {
        return jdbcUrl(DATABASE).replaceFirst("[?&]user=[^&]*", "");
    }

    /**
     * Creates an empty database beside the application's, for tests that need a clean
     * one.
     */
    public void createDatabaseIfMissing(String name) {
        try (var connection = this.postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database \"" + name.replace("\"", "") + "\"");
                    }
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create database " + name, ex);
        }
    }

    private void createApplicationRoleIfMissing() {
        try (var connection = this.postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                        if not exists (select 1 from pg_roles where rolname = '%s') then
                            create role %s login password '%s';
                        end if;
                    end $$""".formatted(APP_USER, APP_USER, APP_PASSWORD));
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create the role " + APP_USER, ex);
        }
    }

    private static EmbeddedPostgres start(String dataDirectory) {
        try {
            var builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", (dataDirectory != null) ? "on" : "off");
            if (dataDirectory != null && !dataDirectory.isBlank()) {
                Path directory = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            return builder.start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
        }
    }

    private void close() {
        try {
            this.postgres.close();
        }
        catch (IOException ex) {
            // The JVM is exiting; nothing more can be done.
        }
    }

}
