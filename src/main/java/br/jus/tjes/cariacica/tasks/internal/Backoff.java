package br.jus.tjes.cariacica.tasks.internal;

import java.time.Duration;

/**
 * Exponential backoff between tries: {@code initial}, then × {@code multiplier} each
 * time, never above {@code max}.
 */
public record Backoff(Duration initial, double multiplier, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || multiplier < 1.0) {
            throw new IllegalArgumentException("Invalid backoff " + initial + " x" + multiplier + " max " + max);
        }
    }

    /**
     * The pause before the next try, after {@code failedTries} (1 or more) failed ones.
     */
    public Duration delayAfter(int failedTries) {
        double millis = this.initial.toMillis() * Math.pow(this.multiplier, Math.max(0, failedTries - 1));
        return (millis >= this.max.toMillis()) ? this.max : Duration.ofMillis(Math.round(millis));
    }
}
