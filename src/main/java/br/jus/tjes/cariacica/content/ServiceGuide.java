package br.jus.tjes.cariacica.content;

import java.time.Instant;

/** A service guide (what it is, who may ask, what to bring, how, how much, how long). */
public record ServiceGuide(String slug, String title, String summary, String bodyHtml, String bodyText,
        Instant updatedAt) {
}
