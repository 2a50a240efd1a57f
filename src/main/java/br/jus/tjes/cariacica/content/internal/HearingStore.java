package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The staff's queries of hearings (the writes are {@link HearingEditor}'s). */
interface HearingStore extends Repository<HearingEntity, Long> {

    @Query("""
            select count(h) > 0 from HearingEntity h
            where h.caseNumber = ?1 and h.scheduledAt = ?2 and (?3 is null or h.id <> ?3)""")
    boolean existsOther(String caseNumber, Instant scheduledAt, @Nullable Long exceptId);

    @Query("select h.caseNumber, h.scheduledAt from HearingEntity h where h.caseNumber in ?1")
    List<Object[]> findTimesOf(Collection<String> caseNumbers);

}
