package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.time.CourtTime;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * The pauta query, for the public list and the staff's, built from the filters actually
 * given (so each plan stays simple).
 */
@Component
class HearingQueries {

    private final EntityManager entityManager;

    HearingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<HearingEntity> find(HearingFilter filter) {
        var jpql = new StringBuilder(
                "select h from HearingEntity h where h.scheduledAt >= :from and h.scheduledAt < :to");
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("from", startOf(filter.from()));
        parameters.put("to", startOf(filter.to().plusDays(1)));
        if (filter.type() != null) {
            jpql.append(" and h.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.mode() != null) {
            jpql.append(" and h.mode = :mode");
            parameters.put("mode", filter.mode());
        }
        if (filter.caseNumber() != null) {
            // A sealed case must not be findable by its number.
            jpql.append(" and h.caseNumber = :caseNumber and h.sealed = false");
            parameters.put("caseNumber", filter.caseNumber());
        }
        jpql.append(" order by h.scheduledAt, h.id");
        var query = this.entityManager.createQuery(jpql.toString(), HearingEntity.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Instant startOf(java.time.LocalDate date) {
        return date.atStartOfDay(CourtTime.ZONE).toInstant();
    }

}
