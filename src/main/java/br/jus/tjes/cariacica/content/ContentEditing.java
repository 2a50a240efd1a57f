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

    record FaqCategoryChoice(long id, String name) {
    }

}
