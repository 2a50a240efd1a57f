package br.jus.tjes.cariacica.content.admin;

import java.time.Instant;
import java.time.LocalDateTime;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.internal.RecordFields;
import br.jus.tjes.cariacica.time.CourtTime;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.validation.Errors;

/**
 * A staff form for one item: its fields carry the names of the draft's components (so a
 * rule broken in the content module lands on the right input), and the version the editor
 * started from. Forms are bound field by field ({@link ContentBinding}) and copied to and
 * from their drafts by name, so a kind declares its fields, with their constraints, and
 * little else; a form holds no static field, which a request could name.
 */
abstract class ContentForm<D extends ContentDraft> {

    long version;

    public long getVersion() {
        return this.version;
    }

    /**
     * Shows a stored draft: each field takes the draft's component of the same name (an
     * instant as the court's local date and time).
     */
    void read(D draft) {
        RecordFields.copy(draft, this, (type, value) -> (value instanceof Instant instant) ? local(instant) : value);
    }

    /**
     * The draft to save, each component from the field of the same name; called only once
     * the form has no errors.
     */
    @SuppressWarnings("unchecked")
    D toDraft() {
        var type = (Class<D>) ResolvableType.forClass(getClass()).as(ContentForm.class).resolveGeneric(0);
        return RecordFields.toRecord(type, this,
                (component, value) -> (value instanceof LocalDateTime local) ? instant(local) : value);
    }

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

}
