package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

@Service
class ServiceGuideEditor extends EntityEditor<ServiceGuideEntity, ContentDraft.ServiceGuide> {

    ServiceGuideEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, ServiceGuideEntity.class, "servico",
                "select s from ServiceGuideEntity s order by s.position, s.title");
    }

    @Override
    void apply(ContentDraft.ServiceGuide draft, ServiceGuideEntity entity) {
        super.apply(draft, entity);
        entity.slug = Slugs.choose(draft.slug(), draft.title());
        required("title", draft.title());
        entity.updatedAt = now();
    }

}
