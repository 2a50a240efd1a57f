package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.content.ContentRuleException;
import br.jus.tjes.cariacica.content.Edited;
import br.jus.tjes.cariacica.content.HearingBook;
import br.jus.tjes.cariacica.content.HearingData;
import br.jus.tjes.cariacica.time.CourtTime;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-hearing edits, as any other content: the version the editor loaded is compared
 * before the change and enforced again by JPA's {@code @Version} at flush, so of two
 * editors saving the same hearing the second is always refused. The audit trail gets the
 * hearing as text ({@link HearingData#summary()}), and every save is recorded, a save
 * that changes nothing included.
 */
@Service
class HearingEditor extends EntityEditor<HearingEntity, HearingData> implements HearingBook {

    private final HearingStore store;

    HearingEditor(EntityManager entityManager, ContentWrites writes, HearingStore store) {
        super(entityManager, writes, HearingEntity.class, "audiencia",
                "select h from HearingEntity h order by h.scheduledAt, h.id");
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Edited<HearingData>> between(LocalDate from, LocalDate to) {
        return this.store
            .findBetween(from.atStartOfDay(CourtTime.ZONE).toInstant(),
                    to.plusDays(1).atStartOfDay(CourtTime.ZONE).toInstant())
            .stream()
            .map(this::edited)
            .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Instant updatedAt(long id) {
        return find(id).updatedAt;
    }

    /** The hearing's fields by name, its time as the court's local date and time. */
    @Override
    HearingData draftOf(HearingEntity h) {
        return RecordFields.toRecord(HearingData.class, h,
                (type, value) -> (value instanceof Instant at) ? at.atZone(CourtTime.ZONE).toLocalDateTime() : value);
    }

    @Override
    void apply(HearingData data, HearingEntity entity) {
        if (this.store.existsOther(data.caseNumber(), data.instant(), entity.id)) {
            throw new ContentRuleException(null, "admin.pauta.erro.duplicada-pauta");
        }
        RecordFields.copy(data, entity, (type, value) -> (value instanceof LocalDateTime local)
                ? local.atZone(CourtTime.ZONE).toInstant() : value);
        entity.updatedAt = now();
    }

    @Override
    @Nullable String audited(@Nullable HearingData data) {
        return (data != null) ? data.summary() : null;
    }

    @Override
    AuditAction updateAction(HearingData before, HearingData after) {
        return AuditAction.CONTENT_UPDATED;
    }

}
