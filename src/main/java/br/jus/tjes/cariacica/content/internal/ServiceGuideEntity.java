package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "service_guide")
class ServiceGuideEntity extends ContentEntity {

    String slug;

    String title;

    String summary;

    @Column(name = "body_md")
    String bodyMd;

    int position;

    @Column(name = "updated_at")
    Instant updatedAt;

}
