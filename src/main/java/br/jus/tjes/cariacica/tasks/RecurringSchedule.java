package br.jus.tjes.cariacica.tasks;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a {@link RecurringTask} runs, in the court's time zone ({@code court.tasks.zone}).
 *
 * @param cron a Spring-style cron expression with seconds ({@code "0 15 * * * *"}), or
 * {@code null}
 * @param fixedDelay the pause between the end of one run and the start of the next, or
 * {@code null}
 */
public record RecurringSchedule(String cron, Duration fixedDelay) {

    public RecurringSchedule {
        if ((cron == null) == (fixedDelay == null)) {
            throw new IllegalArgumentException("A schedule is either a cron expression or a fixed delay");
        }
        if (fixedDelay != null && (fixedDelay.isNegative() || fixedDelay.isZero())) {
            throw new IllegalArgumentException("A fixed delay must be positive");
        }
    }

    public static RecurringSchedule cron(String expression) {
        return new RecurringSchedule(Objects.requireNonNull(expression), null);
    }

    public static RecurringSchedule dailyAt(LocalTime time) {
        return cron("%d %d %d * * *".formatted(time.getSecond(), time.getMinute(), time.getHour()));
    }

    /** Every hour at this minute. */
    public static RecurringSchedule hourlyAt(int minute) {
        return cron("0 %d * * * *".formatted(minute));
    }

    public static RecurringSchedule every(Duration delay) {
        return new RecurringSchedule(null, delay);
    }
}
