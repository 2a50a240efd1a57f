package br.jus.tjes.cariacica.content.internal;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * An item that belongs to the unit (a channel, a closure, the urgent banner): a new one
 * joins the one unit there is.
 */
@MappedSuperclass
abstract class UnitPartEntity extends ContentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    UnitEntity unit;

}
