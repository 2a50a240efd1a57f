package br.jus.tjes.cariacica.content;

import java.util.List;

/**
 * The write side of the content, for the staff area. Rich text is stored as Markdown and
 * sanitized on the way to a page; plain text is escaped by the templates; links must use
 * http, https, mailto or tel.
 */
public interface ContentEditing {

    ContentEditor<ContentDraft.UrgentNotice> urgentNotices();

    ContentEditor<ContentDraft.Notice> notices();

    ContentEditor<ContentDraft.ServiceGuide> serviceGuides();

    ContentEditor<ContentDraft.FaqEntry> faqEntries();

    ContentEditor<ContentDraft.Channel> channels();

    ContentEditor<ContentDraft.Closure> closures();

    /**
     * The free pages (acessibilidade, privacidade): they can be edited, not created or
     * removed.
     */
    ContentEditor<ContentDraft.Page> pages();

    /** The unit (there is one). */
    Edited<ContentDraft.Unit> unit();

    void updateUnit(long version, ContentDraft.Unit draft);

    /** The FAQ categories an entry can belong to, in display order. */
    List<FaqCategoryChoice> faqCategories();

    record FaqCategoryChoice(long id, String name) {
    }

}
