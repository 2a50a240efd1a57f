package br.jus.tjes.cariacica.content;

import java.util.List;

/**
 * Create, read, update and delete one kind of content; there is one editor bean per draft
 * type (inject {@code ContentEditor<ContentDraft.Notice>}, say). Rich text is stored as
 * Markdown and sanitized on the way to a page; plain text is escaped by the templates;
 * links must use http, https, mailto or tel. Every write is audited with the acting user,
 * refreshes the caches and the search index after it commits (on every instance) and
 * names the version it read: a write against an older version is refused with
 * {@link ContentConflictException} and changes nothing.
 */
public interface ContentEditor<D extends ContentDraft> {

    /**
     * What the kind's reference field may point to, in display order (the categories of a
     * FAQ entry); nothing for most kinds.
     */
    default List<Choice> choices() {
        return List.of();
    }

    /** Every item of this kind, in display order, drafts included. */
    List<Edited<D>> list();

    /**
     * Reads one item with the version the form sends back.
     * @throws ContentNotFoundException when there is no such item
     */
    Edited<D> get(long id);

    /**
     * Creates an item.
     * @return the new item's id
     */
    long create(D draft);

    void update(long id, long version, D draft);

    void delete(long id, long version);

    /** An item a reference field can point to. */
    record Choice(long id, String name) {
    }

}
