package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.content.ContentRuleException;
import br.jus.tjes.cariacica.content.Edited;
import br.jus.tjes.cariacica.content.HearingData;
import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.time.CourtTime;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's write side of the pauta: single-hearing edits, as any other content
 * (audited with the acting user, before and after, refreshing the public pauta once it
 * commits). The version the editor loaded is compared before the change and enforced
 * again by JPA's {@code @Version} at flush, so of two editors saving the same hearing the
 * second is always refused; a second hearing of a case at the same time is refused with
 * {@link ContentRuleException}. The audit trail gets the hearing as text
 * ({@link HearingData#summary()}), and every save is recorded, a save that changes
 * nothing included.
 */
@Service
public class HearingEditor extends EntityEditor<HearingEntity, HearingData> {

    private final HearingStore store;

    private final HearingQueries queries;

    HearingEditor(EntityManager entityManager, ContentWrites writes, HearingStore store, HearingQueries queries) {
        super(entityManager, writes, HearingEntity.class, "audiencia",
                "select h from HearingEntity h order by h.scheduledAt, h.id");
        this.store = store;
        this.queries = queries;
    }

    /**
     * Every hearing on the local dates [from, to], sealed ones included with their
     * number, in date order.
     */
    @Transactional(readOnly = true)
    public List<Edited<HearingData>> between(LocalDate from, LocalDate to) {
        return this.queries.find(new HearingFilter(from, to, null, null, null)).stream().map(this::edited).toList();
    }

    /**
     * When the hearing was last saved.
     * @throws br.jus.tjes.cariacica.content.ContentNotFoundException for an unknown id
     */
    @Transactional(readOnly = true)
    public Instant updatedAt(long id) {
        return find(id).updatedAt;
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
