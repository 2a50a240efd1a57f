package br.jus.tjes.cariacica.content.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.ContentEditor;
import jakarta.persistence.EntityManager;

import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every {@link EntityEditor}, found by the draft it takes. */
@Service
class JpaContentEditing implements ContentEditing {

    private final Map<Class<?>, EntityEditor<?, ?>> editors;

    private final EntityManager entityManager;

    JpaContentEditing(List<EntityEditor<?, ?>> editors, EntityManager entityManager) {
        // By the declared type: the beans are transaction proxies of the editors.
        this.editors = editors.stream()
            .collect(Collectors.toMap(
                    (editor) -> ResolvableType.forClass(editor.getClass()).as(EntityEditor.class).resolveGeneric(1),
                    Function.identity()));
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <D extends ContentDraft> ContentEditor<D> editor(Class<D> type) {
        var editor = this.editors.get(type);
        if (editor == null) {
            throw new IllegalArgumentException("No editor of " + type.getSimpleName());
        }
        return (ContentEditor<D>) editor;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FaqCategoryChoice> faqCategories() {
        return this.entityManager
            .createQuery("select c from FaqCategoryEntity c order by c.position, c.id", FaqCategoryEntity.class)
            .getResultStream()
            .map((c) -> new FaqCategoryChoice(c.id, c.name))
            .toList();
    }

}
