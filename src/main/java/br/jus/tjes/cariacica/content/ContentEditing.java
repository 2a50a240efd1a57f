package br.jus.tjes.cariacica.content;

import java.util.List;

/**
 * The write side of the content, for the staff area: one {@link ContentEditor} per kind
 * of content, named by its draft. Rich text is stored as Markdown and sanitized on the
 * way to a page; plain text is escaped by the templates; links must use http, https,
 * mailto or tel.
 */
public interface ContentEditing {

    /**
     * The editor of one kind of content.
     * @param <D> the kind's draft
     * @param type the kind's draft type, for example {@code ContentDraft.Notice.class}
     * @return the kind's editor
     */
    <D extends ContentDraft> ContentEditor<D> editor(Class<D> type);

    /** The FAQ categories an entry can belong to, in display order. */
    List<FaqCategoryChoice> faqCategories();

    default ContentEditor<ContentDraft.UrgentNotice> urgentNotices() {
        return editor(ContentDraft.UrgentNotice.class);
    }

    default ContentEditor<ContentDraft.Notice> notices() {
        return editor(ContentDraft.Notice.class);
    }

    default ContentEditor<ContentDraft.ServiceGuide> serviceGuides() {
        return editor(ContentDraft.ServiceGuide.class);
    }

    default ContentEditor<ContentDraft.FaqEntry> faqEntries() {
        return editor(ContentDraft.FaqEntry.class);
    }

    default ContentEditor<ContentDraft.Channel> channels() {
        return editor(ContentDraft.Channel.class);
    }

    default ContentEditor<ContentDraft.Closure> closures() {
        return editor(ContentDraft.Closure.class);
    }

    /**
     * The free pages (acessibilidade, privacidade): they can be edited, not created or
     * removed.
     * @return their editor
     */
    default ContentEditor<ContentDraft.Page> pages() {
        return editor(ContentDraft.Page.class);
    }

    /**
     * The unit (there is one).
     * @return the unit with its version
     */
    default Edited<ContentDraft.Unit> unit() {
        return editor(ContentDraft.Unit.class).list()
            .stream()
            .findFirst()
            .orElseThrow(() -> new ContentNotFoundException("unidade"));
    }

    default void updateUnit(long version, ContentDraft.Unit draft) {
        editor(ContentDraft.Unit.class).update(unit().id(), version, draft);
    }

    record FaqCategoryChoice(long id, String name) {
    }

}
