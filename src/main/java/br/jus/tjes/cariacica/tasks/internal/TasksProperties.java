package br.jus.tjes.cariacica.tasks.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import br.jus.tjes.cariacica.time.CourtTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The background tasks' settings ({@code court.tasks.*}).
 *
 * @param enabled false leaves this instance enqueueing only: it runs no task (another
 * instance does)
 * @param workers worker threads of this instance
 * @param pollingInterval how often an idle instance looks for due tasks (a task enqueued
 * here starts at once)
 * @param heartbeatInterval how often a running task's heartbeat is written
 * @param missedHeartbeats after this many missed heartbeats a task is considered dead
 * (its process crashed) and is run again; at least 4
 * @param shutdownMaxWait how long stopping waits for running tasks: half of it
 * undisturbed, then they are interrupted and get the other half
 * @param instanceName this instance's name in db-scheduler's {@code picked_by}; blank for
 * host name and process id
 * @param zone the court's time zone, for recurring schedules
 * @param retry backoff between tries
 * @param cleanup when the site's housekeeping runs
 * @param historyRetention how long finished tasks stay listed before the daily
 * housekeeping deletes them
 */
@Validated
@ConfigurationProperties(prefix = "court.tasks", ignoreUnknownFields = false)
public record TasksProperties(@DefaultValue("true") boolean enabled, @Min(1) @Max(64) @DefaultValue("4") int workers,
        @NotNull @DefaultValue("5s") Duration pollingInterval, @NotNull @DefaultValue("30s") Duration heartbeatInterval,
        @Min(4) @DefaultValue("6") int missedHeartbeats, @NotNull @DefaultValue("30s") Duration shutdownMaxWait,
        String instanceName, @NotNull @DefaultValue(CourtTime.ZONE_ID) ZoneId zone,
        @Valid @NotNull @DefaultValue Retry retry, @Valid @NotNull @DefaultValue Cleanup cleanup,
        @NotNull @DefaultValue("30d") Duration historyRetention) {

    public Backoff backoff() {
        return new Backoff(this.retry.initialDelay(), this.retry.multiplier(), this.retry.maxDelay());
    }

    /**
     * The pauses between tries of a failing task.
     *
     * @param initialDelay the pause after the first failed try
     * @param multiplier each further pause is the previous one times this
     * @param maxDelay no pause is longer than this
     */
    public record Retry(@NotNull @DefaultValue("1s") Duration initialDelay,
            @DecimalMin("1.0") @DefaultValue("1.5") double multiplier,
            @NotNull @DefaultValue("30s") Duration maxDelay) {
    }

    /**
     * When the periodic clean-ups run.
     *
     * @param dailyAt local time of the daily housekeeping
     * @param hourlyAtMinute minute of each hour of the hourly housekeeping
     */
    public record Cleanup(@NotNull @DefaultValue("03:00") LocalTime dailyAt,
            @Min(0) @Max(59) @DefaultValue("15") int hourlyAtMinute) {
    }
}
