package br.jus.tjes.cariacica.content;

import java.time.Instant;

/** A free page of text. */
public record Page(String slug, String title, String bodyHtml, String bodyText, Instant updatedAt) {
}
