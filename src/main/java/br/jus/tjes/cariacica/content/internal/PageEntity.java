package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "page")
class PageEntity extends ContentEntity {

    String slug;

    String title;

    @Column(name = "body_md")
    String bodyMarkdown;

    Instant updatedAt;

}
