package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

@Service
class UrgentNoticeEditor extends EntityEditor<UrgentNoticeEntity, ContentDraft.UrgentNotice> {

    private final Clock clock;

    UrgentNoticeEditor(EntityManager entityManager, ContentWrites writes, Clock clock) {
        super(entityManager, writes, UrgentNoticeEntity.class, "alerta-urgente",
                "select n from UrgentNoticeEntity n order by n.activeFrom desc, n.id desc");
        this.clock = clock;
    }

    @Override
    ContentDraft.UrgentNotice draftOf(UrgentNoticeEntity entity) {
        return new ContentDraft.UrgentNotice(entity.enabled, entity.messageMd, entity.activeFrom, entity.activeUntil);
    }

    @Override
    UrgentNoticeEntity newEntity() {
        var entity = new UrgentNoticeEntity();
        entity.unit = unit();
        return entity;
    }

    @Override
    void apply(ContentDraft.UrgentNotice draft, UrgentNoticeEntity entity) {
        if (draft.activeFrom() == null) {
            throw new ContentRuleException("activeFrom", "conteudo.obrigatorio");
        }
        if (draft.activeUntil() != null && !draft.activeUntil().isAfter(draft.activeFrom())) {
            throw new ContentRuleException("activeUntil", "conteudo.periodo.fim-antes");
        }
        entity.enabled = draft.enabled();
        entity.messageMd = text(draft.messageMarkdown());
        entity.activeFrom = draft.activeFrom();
        entity.activeUntil = draft.activeUntil();
        entity.updatedAt = this.clock.instant();
    }

}
