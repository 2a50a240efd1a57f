package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.SealedCases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sealed cases from the hearings table and the imports being staged (a sealed case in a
 * file not yet applied is sealed already).
 */
@Component
class PautaSealedCases implements SealedCases {

    private final JdbcClient jdbc;

    PautaSealedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isSealed(String caseNumber) {
        return this.jdbc.sql("""
                select exists (select 1 from hearing where case_number = :number and sealed)
                    or exists (select 1 from hearing_import_line where case_number = :number and sealed)""")
            .param("number", caseNumber)
            .query(Boolean.class)
            .single();
    }

}
