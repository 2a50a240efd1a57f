package br.jus.tjes.cariacica.content.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "closure")
class ClosureEntity extends UnitPartEntity {

    LocalDate startsOn;

    LocalDate endsOn;

    String reason;

}
