package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

@Service
class NoticeEditor extends EntityEditor<NoticeEntity, ContentDraft.Notice> {

    private final Clock clock;

    NoticeEditor(EntityManager entityManager, ContentWrites writes, Clock clock) {
        super(entityManager, writes, NoticeEntity.class, "aviso",
                "select n from NoticeEntity n order by n.publishedAt desc, n.id desc");
        this.clock = clock;
    }

    @Override
    ContentDraft.Notice draftOf(NoticeEntity entity) {
        return new ContentDraft.Notice(entity.slug, entity.title, entity.summary, entity.bodyMd, entity.published,
                entity.publishedAt);
    }

    @Override
    void apply(ContentDraft.Notice draft, NoticeEntity entity) {
        entity.slug = Slugs.choose(draft.slug(), draft.title());
        entity.title = required("title", draft.title());
        entity.summary = text(draft.summary());
        entity.bodyMd = text(draft.bodyMarkdown());
        entity.published = draft.published();
        entity.publishedAt = (draft.publishedAt() != null) ? draft.publishedAt() : this.clock.instant();
        entity.updatedAt = this.clock.instant();
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
