package br.jus.tjes.cariacica.assistant.chat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import br.jus.tjes.cariacica.assistant.upstream.Passage;

import org.springframework.context.MessageSource;

/**
 * Answers without the model: the best passages as they are, with their sources, or a
 * plain "not found" and the way to a person. Nothing is invented, so nothing can be wrong
 * beyond what the site itself says.
 */
final class KnowledgeBase {

    private static final int SHOWN = 2;

    private static final int SOURCES = 3;

    private static final int EXCERPT_CHARS = 400;

    private static final Locale PT_BR = Locale.of("pt", "BR");

    private final MessageSource messages;

    KnowledgeBase(MessageSource messages) {
        this.messages = messages;
    }

    Answer answer(List<Passage> passages, String fallbackReason) {
        if (passages.isEmpty()) {
            return new Answer(text("assistente.base.nao-encontrado"), List.of(), Mode.KNOWLEDGE_BASE, Outcome.NOT_FOUND,
                    fallbackReason, Duration.ZERO, 0, 0);
        }
        var text = new StringBuilder(text("assistente.base.encontrado"));
        passages.stream()
            .limit(SHOWN)
            .forEach((passage) -> text.append("\n\n")
                .append(passage.title())
                .append(": ")
                .append(excerpt(passage.text())));
        List<Source> sources = passages.stream()
            .limit(SOURCES)
            .map((passage) -> new Source(passage.title(), passage.url()))
            .distinct()
            .toList();
        return new Answer(text.toString(), sources, Mode.KNOWLEDGE_BASE, Outcome.ANSWERED, fallbackReason,
                Duration.ZERO, 0, 0);
    }

    /** The start of a passage, cut at a word boundary. */
    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
        return flat.substring(0, (cut > EXCERPT_CHARS / 2) ? cut : EXCERPT_CHARS) + "…";
    }

    private String text(String key) {
        return this.messages.getMessage(key, null, PT_BR);
    }

}
