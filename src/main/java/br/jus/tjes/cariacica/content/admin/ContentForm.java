package br.jus.tjes.cariacica.content.admin;

import java.time.Instant;
import java.time.LocalDateTime;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.time.CourtTime;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * A staff form for one item: its fields carry the names of the draft's components (so a
 * rule broken in the content module lands on the right input), and the version the editor
 * started from. Forms are bound field by field ({@link ContentBinding}), so a kind
 * declares its fields, with their constraints, and nothing else; a form holds no static
 * field, which a request could name.
 */
abstract class ContentForm<D extends ContentDraft> {

    long version;

    public long getVersion() {
        return this.version;
    }

    /** The draft to save; called only once the form has no errors. */
    abstract D toDraft();

    /**
     * Checks the form needs beyond its annotations (an end before its start, for one).
     */
    void validate(Errors errors) {
    }

    /** Fills the new form with a question (the FAQ from the assistant's review). */
    void prefill(String question) {
    }

    static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return (local != null) ? local.atZone(CourtTime.ZONE).toInstant() : null;
    }

    static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return (instant != null) ? LocalDateTime.ofInstant(instant, CourtTime.ZONE).withSecond(0).withNano(0) : null;
    }

    static @Nullable String strip(@Nullable String value) {
        return (value != null) ? value.strip() : null;
    }

}
