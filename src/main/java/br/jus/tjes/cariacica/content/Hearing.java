package br.jus.tjes.cariacica.content;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * One hearing as the public may see it. For a sealed case (segredo de justiça) the case
 * number and the procedural class are null: the list says only that a hearing of that
 * type takes place at that time.
 */
public record Hearing(long id, ZonedDateTime scheduledAt, String caseNumber, String proceduralClass, Type type,
        Mode mode, String room, Status status, boolean sealed, Instant updatedAt) {

    public enum Type {

        CONCILIACAO, MEDIACAO, INSTRUCAO_JULGAMENTO, JUSTIFICACAO, SANEAMENTO

    }

    public enum Mode {

        PRESENCIAL, VIRTUAL

    }

    public enum Status {

        DESIGNADA, REALIZADA, CANCELADA, REDESIGNADA

    }
}
