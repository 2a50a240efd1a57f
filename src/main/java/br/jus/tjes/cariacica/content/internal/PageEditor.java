package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

/**
 * The free pages: the public site routes exactly these slugs, so pages are edited, never
 * added or removed.
 */
@Service
class PageEditor extends EntityEditor<PageEntity, ContentDraft.Page> {

    PageEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, PageEntity.class, "pagina", "select p from PageEntity p order by p.slug");
    }

    @Override
    boolean fixed() {
        return true;
    }

    @Override
    void apply(ContentDraft.Page draft, PageEntity entity) {
        super.apply(draft, entity);
        required("title", draft.title());
        entity.updatedAt = now();
    }

}
