package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;

import br.jus.tjes.cariacica.content.Hearing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A hearing. Deliberately without party names: the public site must never be able to show
 * them.
 */
@Entity
@Table(name = "hearing")
class HearingEntity extends ContentEntity {

    Instant scheduledAt;

    String caseNumber;

    String proceduralClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "hearing_type")
    Hearing.Type type;

    @Enumerated(EnumType.STRING)
    Hearing.Mode mode;

    String room;

    @Enumerated(EnumType.STRING)
    Hearing.Status status;

    boolean sealed;

    Instant updatedAt;

}
