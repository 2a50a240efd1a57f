package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.content.ContentChanged;
import br.jus.tjes.cariacica.content.ContentConflictException;
import br.jus.tjes.cariacica.content.ContentNotFoundException;
import br.jus.tjes.cariacica.content.ContentRuleException;
import br.jus.tjes.cariacica.content.HearingBook;
import br.jus.tjes.cariacica.content.HearingData;
import br.jus.tjes.cariacica.content.StoredHearing;
import br.jus.tjes.cariacica.time.CourtTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-hearing edits. The version the editor loaded is compared before the change and
 * enforced again by JPA's {@code @Version} at flush, so of two editors saving the same
 * hearing the second is always refused.
 */
@Service
class JpaHearingBook implements HearingBook {

    private final HearingStore store;

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final EntityManager entityManager;

    JpaHearingBook(HearingStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredHearing> between(LocalDate from, LocalDate to) {
        return this.store
            .findBetween(from.atStartOfDay(CourtTime.ZONE).toInstant(),
                    to.plusDays(1).atStartOfDay(CourtTime.ZONE).toInstant())
            .stream()
            .map(JpaHearingBook::stored)
            .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public StoredHearing get(long id) {
        return stored(this.store.findById(id).orElseThrow(() -> new ContentNotFoundException(target(id))));
    }

    @Override
    @Transactional
    public StoredHearing create(HearingData data) {
        refuseDuplicate(data, null);
        var entity = new HearingEntity();
        copy(data, entity);
        entity = this.store.save(entity);
        this.audit.record(AuditEvent.change(AuditAction.CONTENT_CREATED, target(entity.id), null, data.summary()));
        this.events.publishEvent(new ContentChanged("hearing"));
        return stored(entity);
    }

    @Override
    @Transactional
    public StoredHearing update(long id, long version, HearingData data) {
        var entity = current(id, version);
        refuseDuplicate(data, id);
        String before = data(entity).summary();
        copy(data, entity);
        flush();
        this.audit.record(AuditEvent.change(AuditAction.CONTENT_UPDATED, target(id), before, data.summary()));
        this.events.publishEvent(new ContentChanged("hearing"));
        return stored(entity);
    }

    @Override
    @Transactional
    public void delete(long id, long version) {
        var entity = current(id, version);
        this.audit.record(AuditEvent.change(AuditAction.CONTENT_DELETED, target(id), data(entity).summary(), null));
        this.store.delete(entity);
        flush();
        this.events.publishEvent(new ContentChanged("hearing"));
    }

    /**
     * Runs the version check of {@code @Version} now, so a concurrent save is reported
     * here as a conflict.
     */
    private void flush() {
        try {
            this.entityManager.flush();
        }
        catch (OptimisticLockException | OptimisticLockingFailureException ex) {
            throw new ContentConflictException("hearing");
        }
    }

    private HearingEntity current(long id, long version) {
        var entity = this.store.findById(id).orElseThrow(() -> new ContentNotFoundException(target(id)));
        if (entity.version != version) {
            throw new ContentConflictException(target(id));
        }
        return entity;
    }

    private void refuseDuplicate(HearingData data, Long exceptId) {
        if (this.store.existsOther(data.caseNumber(), data.instant(), exceptId)) {
            throw new ContentRuleException(null, "admin.pauta.erro.duplicada-pauta");
        }
    }

    private void copy(HearingData data, HearingEntity entity) {
        entity.scheduledAt = data.instant();
        entity.caseNumber = data.caseNumber();
        entity.proceduralClass = data.proceduralClass();
        entity.type = data.type();
        entity.mode = data.mode();
        entity.room = data.room();
        entity.status = data.status();
        entity.sealed = data.sealed();
        entity.updatedAt = this.clock.instant();
    }

    static HearingData data(HearingEntity h) {
        return new HearingData(h.scheduledAt.atZone(CourtTime.ZONE).toLocalDateTime(), h.caseNumber, h.proceduralClass,
                h.type, h.mode, h.room, h.status, h.sealed);
    }

    private static StoredHearing stored(HearingEntity h) {
        return new StoredHearing(Objects.requireNonNull(h.id), h.version, data(h), h.updatedAt);
    }

    private static String target(Long id) {
        return "audiencia:" + id;
    }

}
