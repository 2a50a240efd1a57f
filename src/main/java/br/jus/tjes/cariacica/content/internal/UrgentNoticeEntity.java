package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "urgent_notice")
class UrgentNoticeEntity extends UnitPartEntity {

    boolean enabled = true;

    @Column(name = "message_md")
    String messageMarkdown;

    Instant activeFrom;

    Instant activeUntil;

    Instant updatedAt;

}
