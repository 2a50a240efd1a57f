package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;
import java.util.List;

import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.time.CourtTime;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** The pauta query, built from the filters actually given (so each plan stays simple). */
@Component
class HearingQueries {

    private final EntityManager entityManager;

    HearingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<HearingEntity> find(HearingFilter filter) {
        var jpql = new StringBuilder(
                "select h from HearingEntity h where h.scheduledAt >= :from and h.scheduledAt < :to");
        if (filter.type() != null) {
            jpql.append(" and h.type = :type");
        }
        if (filter.mode() != null) {
            jpql.append(" and h.mode = :mode");
        }
        if (filter.caseNumber() != null) {
            // A sealed case must not be findable by its number.
            jpql.append(" and h.caseNumber = :caseNumber and h.sealed = false");
        }
        jpql.append(" order by h.scheduledAt, h.id");
        var query = this.entityManager.createQuery(jpql.toString(), HearingEntity.class)
            .setParameter("from", startOf(filter.from()))
            .setParameter("to", startOf(filter.to().plusDays(1)));
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.mode() != null) {
            query.setParameter("mode", filter.mode());
        }
        if (filter.caseNumber() != null) {
            query.setParameter("caseNumber", filter.caseNumber());
        }
        return query.getResultList();
    }

    private static Instant startOf(java.time.LocalDate date) {
        return date.atStartOfDay(CourtTime.ZONE).toInstant();
    }

}
