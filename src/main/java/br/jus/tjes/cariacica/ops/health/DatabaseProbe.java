package br.jus.tjes.cariacica.ops.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code db} check, read in the background on a connection of its own: a probe never
 * waits on the connection pool nor on the database, it gets the last reading at once.
 * Every {@code interval} the connection is validated (opened again when it failed) with
 * {@code timeout}; a reading older than {@code interval + timeout} is itself a failure
 * (the database stopped answering), so readiness drops within about {@code timeout +
 * interval} of an outage and comes back within {@code interval} of the database's return.
 */
final class DatabaseProbe implements HealthIndicator, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);

    private final ConnectionOpener opener;

    private final Duration interval;

    private final Duration timeout;

    private final Clock clock;

    private final ScheduledExecutorService scheduler;

    private Connection connection;

    private volatile Reading last;

    DatabaseProbe(ConnectionOpener opener, Duration interval, Duration timeout, Clock clock) {
        this.opener = opener;
        this.interval = interval;
        this.timeout = timeout;
        this.clock = clock;
        this.scheduler = Executors
            .newSingleThreadScheduledExecutor(Thread.ofPlatform().name("court-db-probe").daemon(true).factory());
        this.last = read();
        this.scheduler.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public Health health() {
        Reading reading = this.last;
        Duration age = Duration.between(reading.at(), this.clock.instant());
        if (age.compareTo(this.interval.plus(this.timeout)) > 0) {
            return Health.down()
                .withDetail("error", "no answer from the database for " + age.toMillis() + " ms")
                .build();
        }
        return reading.health();
    }

    private void refresh() {
        this.last = read();
    }

    private synchronized Reading read() {
        try {
            if (this.connection == null) {
                this.connection = this.opener.open();
            }
            int seconds = (int) Math.max(1, this.timeout.toSeconds());
            if (!this.connection.isValid(seconds)) {
                throw new SQLException("Connection is no longer valid");
            }
            return new Reading(Health.up()
                .withDetail("database", this.connection.getMetaData().getDatabaseProductName())
                .withDetail("validationQuery", "isValid()")
                .build(), this.clock.instant());
        }
        catch (SQLException | RuntimeException ex) {
            closeConnection();
            log.debug("Database probe failed: {}", ex.toString());
            return new Reading(Health.down().withDetail("error", ex.getClass().getName()).build(),
                    this.clock.instant());
        }
    }

    private void closeConnection() {
        if (this.connection != null) {
            try {
                this.connection.close();
            }
            catch (SQLException ex) {
                log.debug("Could not close the probe's connection: {}", ex.toString());
            }
            this.connection = null;
        }
    }

    @Override
    public void close() {
        this.scheduler.shutdownNow();
        synchronized (this) {
            closeConnection();
        }
    }

    /** Opens the probe's own connection, with short connect and socket timeouts. */
    @FunctionalInterface
    interface ConnectionOpener {

        Connection open() throws SQLException;

    }

    private record Reading(Health health, Instant at) {
    }

}
