package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

/**
 * The free pages: the public site routes exactly these slugs, so pages are edited, never
 * added or removed.
 */
@Service
class PageEditor extends EntityEditor<PageEntity, ContentDraft.Page> {

    private final Clock clock;

    PageEditor(EntityManager entityManager, ContentWrites writes, Clock clock) {
        super(entityManager, writes, PageEntity.class, "pagina", "select p from PageEntity p order by p.slug");
        this.clock = clock;
    }

    @Override
    ContentDraft.Page draftOf(PageEntity entity) {
        return new ContentDraft.Page(entity.title, entity.bodyMd);
    }

    @Override
    boolean fixed() {
        return true;
    }

    @Override
    void apply(ContentDraft.Page draft, PageEntity entity) {
        entity.title = required("title", draft.title());
        entity.bodyMd = text(draft.bodyMarkdown());
        entity.updatedAt = this.clock.instant();
    }

}
