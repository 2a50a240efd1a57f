package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

/**
 * The unit's own texts and address; there is one unit, so nothing is created or removed
 * here.
 */
@Service
class UnitEditor extends EntityEditor<UnitEntity, ContentDraft.Unit> {

    private final Clock clock;

    UnitEditor(EntityManager entityManager, ContentWrites writes, Clock clock) {
        super(entityManager, writes, UnitEntity.class, "unidade", "select u from UnitEntity u order by u.id");
        this.clock = clock;
    }

    @Override
    ContentDraft.Unit draftOf(UnitEntity u) {
        return new ContentDraft.Unit(u.name, u.handlesMd, u.notHandledMd, u.street, u.district, u.city, u.state,
                u.postalCode, u.mapUrl, u.accessibilityMd, u.plantaoMd, u.ouvidoriaMd, u.defensoriaMd,
                u.privacyOfficerContact, u.defensoriaPhone, u.defensoriaUrl);
    }

    @Override
    boolean fixed() {
        return true;
    }

    @Override
    void apply(ContentDraft.Unit draft, UnitEntity u) {
        if (!SafeLinks.isSafe(draft.mapUrl())) {
            throw new ContentRuleException("mapUrl", "conteudo.link.invalido");
        }
        u.name = text(draft.name());
        u.handlesMd = text(draft.handlesMarkdown());
        u.notHandledMd = text(draft.notHandledMarkdown());
        u.street = text(draft.street());
        u.district = text(draft.district());
        u.city = text(draft.city());
        u.state = text(draft.state());
        u.postalCode = text(draft.postalCode());
        u.mapUrl = draft.mapUrl().strip();
        u.accessibilityMd = text(draft.accessibilityMarkdown());
        u.plantaoMd = text(draft.plantaoMarkdown());
        u.ouvidoriaMd = text(draft.ouvidoriaMarkdown());
        u.defensoriaMd = text(draft.defensoriaMarkdown());
        u.privacyOfficerContact = text(draft.privacyOfficerContact());
        u.defensoriaPhone = optional(draft.defensoriaPhone());
        u.defensoriaUrl = optional(draft.defensoriaUrl());
        if (u.defensoriaUrl != null && !SafeLinks.isSafe(u.defensoriaUrl)) {
            throw new ContentRuleException("defensoriaUrl", "conteudo.link.invalido");
        }
        u.updatedAt = this.clock.instant();
        if (u.name.isEmpty()) {
            throw new ContentRuleException("name", "conteudo.obrigatorio");
        }
    }

}
