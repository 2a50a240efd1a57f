package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "faq_entry")
class FaqEntryEntity extends ContentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    FaqCategoryEntity category;

    String slug;

    String question;

    @Column(name = "answer_md")
    String answerMarkdown;

    int position;

    Instant updatedAt;

}
