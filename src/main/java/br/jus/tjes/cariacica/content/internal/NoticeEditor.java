package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

@Service
class NoticeEditor extends EntityEditor<NoticeEntity, ContentDraft.Notice> {

    NoticeEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, NoticeEntity.class, "aviso",
                "select n from NoticeEntity n order by n.publishedAt desc, n.id desc");
    }

    @Override
    void apply(ContentDraft.Notice draft, NoticeEntity entity) {
        super.apply(draft, entity);
        entity.slug = Slugs.choose(draft.slug(), draft.title());
        required("title", draft.title());
        entity.publishedAt = (draft.publishedAt() != null) ? draft.publishedAt() : now();
        entity.updatedAt = now();
    }

    /**
     * Publishing is its own audit action, so the trail shows when a notice went public
     * and who did it.
     */
    @Override
    AuditAction createAction(ContentDraft.Notice draft) {
        return draft.published() ? AuditAction.CONTENT_PUBLISHED : AuditAction.CONTENT_CREATED;
    }

    @Override
    @Nullable AuditAction updateAction(ContentDraft.Notice before, ContentDraft.Notice after) {
        return (!before.published() && after.published()) ? AuditAction.CONTENT_PUBLISHED
                : super.updateAction(before, after);
    }

}
