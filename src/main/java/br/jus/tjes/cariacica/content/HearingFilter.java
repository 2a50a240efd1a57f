package br.jus.tjes.cariacica.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which hearings to list: local dates [from, to] (both included), and optionally a type,
 * a mode and a formatted CNJ case number. A case number never matches a sealed hearing,
 * so the list cannot confirm a sealed case.
 */
public record HearingFilter(LocalDate from, LocalDate to, Hearing.Type type, Hearing.Mode mode, String caseNumber) {

    public HearingFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }

    /** Every unsealed hearing of one case, on any date. */
    public static HearingFilter ofCase(String caseNumber) {
        return new HearingFilter(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31), null, null,
                Objects.requireNonNull(caseNumber));
    }
}
