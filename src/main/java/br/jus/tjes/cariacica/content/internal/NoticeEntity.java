package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "notice")
class NoticeEntity extends ArticleEntity {

    boolean published;

    Instant publishedAt;

}
