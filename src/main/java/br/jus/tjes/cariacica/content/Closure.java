package br.jus.tjes.cariacica.content;

import java.time.LocalDate;

/**
 * Days without attendance on any channel (holiday, recess, building closed); both ends
 * included.
 */
public record Closure(LocalDate startsOn, LocalDate endsOn, String reason) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(this.startsOn) && !date.isAfter(this.endsOn);
    }
}
