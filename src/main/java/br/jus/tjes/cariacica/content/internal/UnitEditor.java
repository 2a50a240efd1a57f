package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

/**
 * The unit's own texts and address; there is one unit, which the staff pages only edit
 * ({@code ContentKind.Items.ONE}).
 */
@Service
class UnitEditor extends EntityEditor<UnitEntity, ContentDraft.Unit> {

    UnitEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, UnitEntity.class, "unidade", "select u from UnitEntity u order by u.id");
    }

    @Override
    void apply(ContentDraft.Unit draft, UnitEntity u) {
        if (!SafeLinks.isSafe(draft.mapUrl())) {
            throw new ContentRuleException("mapUrl", "conteudo.link.invalido");
        }
        super.apply(draft, u);
        u.defensoriaPhone = optional(draft.defensoriaPhone());
        u.defensoriaUrl = optional(draft.defensoriaUrl());
        if (u.defensoriaUrl != null && !SafeLinks.isSafe(u.defensoriaUrl)) {
            throw new ContentRuleException("defensoriaUrl", "conteudo.link.invalido");
        }
        u.updatedAt = now();
        required("name", u.name);
    }

}
