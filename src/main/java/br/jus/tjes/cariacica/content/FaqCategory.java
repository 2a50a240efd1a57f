package br.jus.tjes.cariacica.content;

import java.util.List;

/** A group of questions; the slugs serve as page anchors. */
public record FaqCategory(String slug, String name, List<Entry> entries) {

    public FaqCategory {
        entries = List.copyOf(entries);
    }

    public record Entry(String slug, String question, String answerHtml, String answerText) {
    }
}
