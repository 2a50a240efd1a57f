package br.jus.tjes.cariacica.content.internal;

import java.util.List;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FaqEntryEditor extends EntityEditor<FaqEntryEntity, ContentDraft.FaqEntry> {

    FaqEntryEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, FaqEntryEntity.class, "faq", """
                select e from FaqEntryEntity e join fetch e.category c
                order by c.position, e.position, e.id""");
    }

    /** The FAQ categories an entry can belong to, in display order. */
    @Override
    @Transactional(readOnly = true)
    public List<Choice> choices() {
        return this.entityManager
            .createQuery("select c from FaqCategoryEntity c order by c.position, c.id", FaqCategoryEntity.class)
            .getResultStream()
            .map((c) -> new Choice(c.id, c.name))
            .toList();
    }

    @Override
    ContentDraft.FaqEntry draftOf(FaqEntryEntity entity) {
        // The category may be an uninitialised proxy, whose fields are not set: ask for
        // its id instead.
        long categoryId = (Long) entityManager.getEntityManagerFactory()
            .getPersistenceUnitUtil()
            .getIdentifier(entity.category);
        return new ContentDraft.FaqEntry(categoryId, entity.slug, entity.question, entity.answerMarkdown,
                entity.position);
    }

    @Override
    void apply(ContentDraft.FaqEntry draft, FaqEntryEntity entity) {
        var category = entityManager.find(FaqCategoryEntity.class, draft.categoryId());
        if (category == null) {
            throw new ContentRuleException("categoryId", "conteudo.faq.categoria.invalida");
        }
        entity.category = category;
        entity.slug = Slugs.choose(draft.slug(), draft.question());
        entity.question = required("question", draft.question());
        entity.answerMarkdown = text(draft.answerMarkdown());
        entity.position = draft.position();
        entity.updatedAt = now();
    }

}
