package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A notice or a service guide: an address, a title, a summary and a Markdown text. */
@MappedSuperclass
abstract class ArticleEntity extends ContentEntity {

    String slug;

    String title;

    String summary;

    @Column(name = "body_md")
    String bodyMarkdown;

    Instant updatedAt;

}
