package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

@Service
class UrgentNoticeEditor extends EntityEditor<UrgentNoticeEntity, ContentDraft.UrgentNotice> {

    UrgentNoticeEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, UrgentNoticeEntity.class, "alerta-urgente",
                "select n from UrgentNoticeEntity n order by n.activeFrom desc, n.id desc");
    }

    @Override
    void apply(ContentDraft.UrgentNotice draft, UrgentNoticeEntity entity) {
        if (draft.activeFrom() == null) {
            throw new ContentRuleException("activeFrom", "conteudo.obrigatorio");
        }
        if (draft.activeUntil() != null && !draft.activeUntil().isAfter(draft.activeFrom())) {
            throw new ContentRuleException("activeUntil", "conteudo.periodo.fim-antes");
        }
        super.apply(draft, entity);
        entity.updatedAt = now();
    }

}
