package br.jus.tjes.cariacica.content.admin;

import java.time.Instant;
import java.time.LocalDateTime;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.time.CourtTime;

/**
 * A staff form for one item: its fields carry the names of the draft's components (so a
 * rule broken in the content module lands on the right input), and the version the editor
 * started from.
 */
abstract class ContentForm<D extends ContentDraft> {

    /** A slug, or nothing (one is then made from the title). */
    static final String SLUG_OR_EMPTY = "^$|^\\s*[a-z0-9]+(-[a-z0-9]+)*\\s*$";

    private long version;

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The draft to save; called only once the form has no errors. */
    abstract D toDraft();

    static Instant instant(LocalDateTime local) {
        return (local != null) ? local.atZone(CourtTime.ZONE).toInstant() : null;
    }

    static LocalDateTime local(Instant instant) {
        return (instant != null) ? LocalDateTime.ofInstant(instant, CourtTime.ZONE).withSecond(0).withNano(0) : null;
    }

    static String strip(String value) {
        return (value != null) ? value.strip() : null;
    }

}
