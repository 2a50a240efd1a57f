package br.jus.tjes.cariacica.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

import br.jus.tjes.cariacica.time.CourtTime;

/**
 * A hearing as staff write it, already checked (see {@link HearingFields}): the local
 * date and time at the court, the formatted CNJ number of a TJES case, and the room only
 * when the hearing is in person.
 */
public record HearingData(LocalDateTime scheduledAt, String caseNumber, String proceduralClass, Hearing.Type type,
        Hearing.Mode mode, String room, Hearing.Status status, boolean sealed) implements ContentDraft {

    public HearingData {
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(proceduralClass, "proceduralClass");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        if (mode == Hearing.Mode.PRESENCIAL && (room == null || room.isBlank())) {
            throw new IllegalArgumentException("An in-person hearing needs a room");
        }
    }

    public Instant instant() {
        return this.scheduledAt.atZone(CourtTime.ZONE).toInstant();
    }

    /** For the audit trail: every field, never a party's name (there is none). */
    public String summary() {
        return "data=" + this.scheduledAt + "; processo=" + this.caseNumber + "; classe=" + this.proceduralClass
                + "; tipo=" + this.type + "; forma=" + this.mode + "; sala=" + ((this.room != null) ? this.room : "")
                + "; situacao=" + this.status + "; segredo=" + this.sealed;
    }
}
