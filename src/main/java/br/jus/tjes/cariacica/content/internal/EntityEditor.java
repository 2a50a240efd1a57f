package br.jus.tjes.cariacica.content.internal;

import java.util.List;
import java.util.Objects;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.content.ContentConflictException;
import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.ContentRuleException;
import br.jus.tjes.cariacica.content.Edited;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The common shape of an editor for one entity: the version named by the editor must be
 * the stored one (checked on load, and again by Hibernate's version column at flush, for
 * two saves racing), and every write is recorded by {@link ContentWrites} in the same
 * transaction.
 */
abstract class EntityEditor<E, D extends ContentDraft> implements ContentEditor<D> {

    final EntityManager entityManager;

    private final ContentWrites writes;

    private final Class<E> type;

    EntityEditor(EntityManager entityManager, ContentWrites writes, Class<E> type) {
        this.entityManager = entityManager;
        this.writes = writes;
        this.type = type;
    }

    /** The audit target prefix, for example {@code "aviso"}. */
    abstract String kind();

    abstract List<E> all();

    abstract long id(E entity);

    abstract long version(E entity);

    abstract D draftOf(E entity);

    abstract E newEntity();

    /**
     * Copies the draft into the entity, checking the rules a form cannot (links, slugs,
     * dates).
     */
    abstract void apply(D draft, E entity);

    /** The action recorded for an update from {@code before} to {@code after}. */
    AuditAction updateAction(D before, D after) {
        return AuditAction.CONTENT_UPDATED;
    }

    AuditAction createAction(D draft) {
        return AuditAction.CONTENT_CREATED;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Edited<D>> list() {
        return all().stream().map(this::edited).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Edited<D> get(long id) {
        return edited(find(id));
    }

    @Override
    @Transactional
    public long create(D draft) {
        E entity = newEntity();
        apply(draft, entity);
        this.entityManager.persist(entity);
        flush();
        D after = draftOf(entity);
        this.writes.record(createAction(after), target(id(entity)), null, after);
        return id(entity);
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
        if (!Objects.equals(before, after)) {
            this.writes.record(updateAction(before, after), target(id), before, after);
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
        this.writes.record(AuditAction.CONTENT_DELETED, target(id), before, null);
    }

    String target(long id) {
        return kind() + ":" + id;
    }

    E find(long id) {
        E entity = this.entityManager.find(this.type, id);
        if (entity == null) {
            throw new ContentNotFoundException(target(id));
        }
        return entity;
    }

    void requireVersion(E entity, long version) {
        if (version(entity) != version) {
            throw new ContentConflictException(target(id(entity)));
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
            throw new ContentConflictException(kind());
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

    private Edited<D> edited(E entity) {
        return new Edited<>(id(entity), version(entity), draftOf(entity));
    }

    static String text(String value) {
        return (value != null) ? value.strip() : "";
    }

    /** The stripped value, or null when it is blank (an optional field left empty). */
    static String optional(String value) {
        return (value != null && !value.isBlank()) ? value.strip() : null;
    }

}
