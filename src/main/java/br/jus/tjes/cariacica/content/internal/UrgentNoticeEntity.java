package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "urgent_notice")
class UrgentNoticeEntity extends ContentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    UnitEntity unit;

    boolean enabled = true;

    @Column(name = "message_md")
    String messageMd;

    @Column(name = "active_from")
    Instant activeFrom;

    @Column(name = "active_until")
    Instant activeUntil;

    @Column(name = "updated_at")
    Instant updatedAt;

}
