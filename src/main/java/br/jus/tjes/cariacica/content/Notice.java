package br.jus.tjes.cariacica.content;

import java.time.Instant;

/** A notice (aviso); shown once published and its publication time has come. */
public record Notice(String slug, String title, String summary, String bodyHtml, String bodyText, Instant publishedAt,
        Instant updatedAt) {

    public boolean isVisibleAt(Instant now) {
        return !this.publishedAt.isAfter(now);
    }
}
