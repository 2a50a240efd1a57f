package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

@Service
class ClosureEditor extends EntityEditor<ClosureEntity, ContentDraft.Closure> {

    ClosureEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, ClosureEntity.class, "fechamento",
                "select c from ClosureEntity c order by c.startsOn desc, c.id desc");
    }

    @Override
    void apply(ContentDraft.Closure draft, ClosureEntity entity) {
        if (draft.startsOn() == null) {
            throw new ContentRuleException("startsOn", "conteudo.obrigatorio");
        }
        var endsOn = (draft.endsOn() == null) ? draft.startsOn() : draft.endsOn();
        if (endsOn.isBefore(draft.startsOn())) {
            throw new ContentRuleException("endsOn", "conteudo.periodo.fim-antes");
        }
        super.apply(draft, entity);
        entity.endsOn = endsOn;
    }

}
