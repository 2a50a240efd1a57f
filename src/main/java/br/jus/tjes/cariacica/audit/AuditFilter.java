package br.jus.tjes.cariacica.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

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
record AuditFilter(AuditAction acao, @Size(max = 100) String usuario, @Size(max = 300) String alvo, LocalDate de,
        LocalDate ate, @Min(1) @Max(100_000) Integer pagina) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, 1);
    }

    int page() {
        return (this.pagina != null) ? this.pagina : 1;
    }
}
