package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

@Service
class ServiceGuideEditor extends EntityEditor<ServiceGuideEntity, ContentDraft.ServiceGuide> {

    private final Clock clock;

    ServiceGuideEditor(EntityManager entityManager, ContentWrites writes, Clock clock) {
        super(entityManager, writes, ServiceGuideEntity.class, "servico",
                "select s from ServiceGuideEntity s order by s.position, s.title");
        this.clock = clock;
    }

    @Override
    ContentDraft.ServiceGuide draftOf(ServiceGuideEntity entity) {
        return new ContentDraft.ServiceGuide(entity.slug, entity.title, entity.summary, entity.bodyMd, entity.position);
    }

    @Override
    void apply(ContentDraft.ServiceGuide draft, ServiceGuideEntity entity) {
        entity.slug = Slugs.choose(draft.slug(), draft.title());
        entity.title = required("title", draft.title());
        entity.summary = text(draft.summary());
        entity.bodyMd = text(draft.bodyMarkdown());
        entity.position = draft.position();
        entity.updatedAt = this.clock.instant();
    }

}
