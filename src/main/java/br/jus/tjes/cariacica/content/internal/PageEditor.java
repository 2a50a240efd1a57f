package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

/**
 * The free pages: the public site routes exactly these slugs, so the staff pages edit
 * them and never add or remove one ({@code ContentKind.Items.FIXED}).
 */
@Service
class PageEditor extends EntityEditor<PageEntity, ContentDraft.Page> {

    PageEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, PageEntity.class, "pagina", "select p from PageEntity p order by p.slug");
    }

    @Override
    void apply(ContentDraft.Page draft, PageEntity entity) {
        super.apply(draft, entity);
        required("title", draft.title());
        entity.updatedAt = now();
    }

}
