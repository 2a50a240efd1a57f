package br.jus.tjes.cariacica.tasks;

import java.util.Arrays;

/**
 * How urgent a task is. When every worker is busy, the next free one takes the highest
 * priority first (and, within one priority, the oldest). The numbers are db-scheduler's
 * priority column, higher first.
 */
public enum TaskPriority {

    LOW(10), NORMAL(30), HIGH(50), URGENT(70), CRITICAL(90);

    private final int value;

    TaskPriority(int value) {
        this.value = value;
    }

    /** The value stored in db-scheduler's {@code priority} column. */
    public int value() {
        return this.value;
    }

    /**
     * The level of a stored value; values between levels round down, below {@link #LOW}
     * is {@link #LOW}.
     */
    public static TaskPriority of(int value) {
        return Arrays.stream(values())
            .filter((priority) -> priority.value <= value)
            .reduce((lower, higher) -> higher)
            .orElse(LOW);
    }

}
