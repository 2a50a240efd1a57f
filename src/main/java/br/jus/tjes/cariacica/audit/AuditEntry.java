package br.jus.tjes.cariacica.audit;

import java.time.LocalDateTime;

/** One row of the audit page; the time is in the court's time zone. */
record AuditEntry(long id, LocalDateTime quando, AuditAction acao, String usuario, String endereco, String alvo,
        String detalhe, String antes, String depois) {

    public boolean hasChange() {
        return this.antes != null || this.depois != null;
    }
}
