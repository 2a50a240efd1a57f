package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.content.ContentConflictException;
import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.ContentRuleException;
import br.jus.tjes.cariacica.content.Edited;
import br.jus.tjes.cariacica.time.CourtTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The common shape of an editor for one entity: the version named by the editor must be
 * the stored one (checked on load, and again by Hibernate's version column at flush, for
 * two saves racing), and every write is recorded by {@link ContentWrites} in the same
 * transaction.
 */
abstract class EntityEditor<E extends ContentEntity, D extends ContentDraft> implements ContentEditor<D> {

    final EntityManager entityManager;

    private final ContentWrites writes;

    private final Class<E> type;

    private final Class<D> draftType;

    private final String kind;

    private final String listQuery;

    /**
     * An editor of one entity.
     * @param kind the audit target prefix, for example {@code "aviso"}
     * @param listQuery every item, in display order
     */
    @SuppressWarnings("unchecked")
    EntityEditor(EntityManager entityManager, ContentWrites writes, Class<E> type, String kind, String listQuery) {
        this.entityManager = entityManager;
        this.writes = writes;
        this.type = type;
        // From the subclass's declaration: the bean may be a transaction proxy of it.
        this.draftType = (Class<D>) ResolvableType.forClass(getClass()).as(EntityEditor.class).resolveGeneric(1);
        this.kind = kind;
        this.listQuery = listQuery;
    }

    /**
     * The stored item as a draft: by default each component is the entity's field of the
     * same name, an instant read as the court's local date and time where the draft has
     * one (a hearing's time).
     */
    D draftOf(E entity) {
        return RecordFields.toRecord(this.draftType, entity,
                (type, value) -> (type == LocalDateTime.class && value instanceof Instant at)
                        ? at.atZone(CourtTime.ZONE).toLocalDateTime() : value);
    }

    /**
     * Copies the draft into the entity, checking the rules a form cannot (links, slugs,
     * dates); by default each component goes into the field of the same name, text
     * stripped, and a kind adds its rules after.
     */
    void apply(D draft, E entity) {
        RecordFields.copy(draft, entity, (type, value) -> (type == String.class) ? text((String) value) : value);
    }

    /**
     * The action recorded for an update.
     * @return the action, or null to record nothing (by default when nothing changed)
     */
    @Nullable AuditAction updateAction(D before, D after) {
        return Objects.equals(before, after) ? null : AuditAction.CONTENT_UPDATED;
    }

    /**
     * The item as the audit trail shows it.
     * @param draft the item, or null (before a creation, after a deletion)
     * @return its text, by default its JSON
     */
    @Nullable String audited(@Nullable D draft) {
        return (draft != null) ? JsonMapper.shared().writeValueAsString(draft) : null;
    }

    AuditAction createAction(D draft) {
        return AuditAction.CONTENT_CREATED;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Edited<D>> list() {
        return this.entityManager.createQuery(this.listQuery, this.type)
            .getResultList()
            .stream()
            .map(this::edited)
            .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Edited<D> get(long id) {
        return edited(find(id));
    }

    @Override
    @Transactional
    public long create(D draft) {
        E entity = BeanUtils.instantiateClass(this.type);
        if (entity instanceof UnitPartEntity part) {
            part.unit = unit();
        }
        apply(draft, entity);
        this.entityManager.persist(entity);
        flush();
        D after = draftOf(entity);
        this.writes.record(createAction(after), target(entity.id), null, audited(after));
        return entity.id;
    }

    @Override
    @Transactional
    public void update(long id, long version, D draft) {
        E entity = find(id);
        requireVersion(entity, version);
        D before = draftOf(entity);
        apply(draft, entity);
        flush();
        D after = draftOf(entity);
        AuditAction action = updateAction(before, after);
        if (action != null) {
            this.writes.record(action, target(id), audited(before), audited(after));
        }
    }

    @Override
    @Transactional
    public void delete(long id, long version) {
        E entity = find(id);
        requireVersion(entity, version);
        D before = draftOf(entity);
        this.entityManager.remove(entity);
        flush();
        this.writes.record(AuditAction.CONTENT_DELETED, target(id), audited(before), null);
    }

    /** The time of this write, for the entity's {@code updatedAt}. */
    Instant now() {
        return this.writes.now();
    }

    String target(long id) {
        return this.kind + ":" + id;
    }

    E find(long id) {
        E entity = this.entityManager.find(this.type, id);
        if (entity == null) {
            throw new ContentNotFoundException(target(id));
        }
        return entity;
    }

    void requireVersion(E entity, long version) {
        if (entity.version != version) {
            throw new ContentConflictException(target(entity.id));
        }
    }

    /**
     * Writes now, so a racing save or a broken unique rule is seen here and not at
     * commit.
     */
    void flush() {
        try {
            this.entityManager.flush();
        }
        catch (OptimisticLockException | ObjectOptimisticLockingFailureException ex) {
            throw new ContentConflictException(this.kind);
        }
        catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException ex) {
            if (isUniqueViolation(ex)) {
                throw new ContentRuleException("slug", "conteudo.slug.existe");
            }
            throw ex;
        }
    }

    private static boolean isUniqueViolation(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    Edited<D> edited(E entity) {
        return new Edited<>(entity.id, entity.version, draftOf(entity));
    }

    private UnitEntity unit() {
        Long id = this.entityManager.createQuery("select min(u.id) from UnitEntity u", Long.class).getSingleResult();
        if (id == null) {
            throw new IllegalStateException("No unit in table unit");
        }
        return this.entityManager.getReference(UnitEntity.class, id);
    }

    static String text(@Nullable String value) {
        return (value != null) ? value.strip() : "";
    }

    /**
     * The stripped value, refused when it is empty (a field the item cannot do without).
     */
    static String required(String field, String value) {
        String text = text(value);
        if (text.isEmpty()) {
            throw new ContentRuleException(field, "conteudo.obrigatorio");
        }
        return text;
    }

    /** The stripped value, or null when it is blank (an optional field left empty). */
    static String optional(String value) {
        return (value != null && !value.isBlank()) ? value.strip() : null;
    }

}
