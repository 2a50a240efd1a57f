package br.jus.tjes.cariacica.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the audit page, all optional; dates are days in the court's time zone,
 * both inclusive, read (and bounded) by {@code web.CourtDates} like every date.
 *
 * @param acao one action
 * @param usuario the acting user, exactly
 * @param alvo a fragment of the target ("conta:maria", "aviso:42")
 * @param de from this day
 * @param ate up to this day
 * @param pagina page number, from 1
 */
// Every field is optional: a visitor may send any of them, or none.
record AuditFilter(@Nullable AuditAction acao, @Nullable @Size(max = 100) String usuario,
        @Nullable @Size(max = 300) String alvo, @Nullable LocalDate de, @Nullable LocalDate ate,
        @Nullable @Min(1) @Max(100_000) Integer pagina) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, 1);
    }

    int page() {
        return (this.pagina != null) ? this.pagina : 1;
    }
}
