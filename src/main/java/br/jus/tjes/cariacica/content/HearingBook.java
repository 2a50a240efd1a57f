package br.jus.tjes.cariacica.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The staff's write side of the pauta: an editor of hearings like any other content
 * (audited with the acting user, before and after, refreshing the public pauta once it
 * commits), which refuses with {@link ContentRuleException} a second hearing of a case at
 * the same time.
 */
public interface HearingBook extends ContentEditor<HearingData> {

    /**
     * Every hearing on the local dates [from, to], sealed ones included with their
     * number.
     * @param from the first day
     * @param to the last day
     * @return the hearings in date order
     */
    List<Edited<HearingData>> between(LocalDate from, LocalDate to);

    /**
     * When the hearing was last saved.
     * @param id the hearing
     * @return the time of its last save
     * @throws ContentNotFoundException for an unknown id
     */
    Instant updatedAt(long id);

}
