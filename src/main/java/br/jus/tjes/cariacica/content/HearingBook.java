package br.jus.tjes.cariacica.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The staff's write side of the pauta. Every change is audited with the acting user
 * (before and after) and publishes {@link ContentChanged} in its transaction, so the
 * public pauta shows it as soon as it commits.
 */
public interface HearingBook {

    /**
     * Every hearing on the local dates [from, to], sealed ones included with their
     * number.
     */
    List<StoredHearing> between(LocalDate from, LocalDate to);

    /**
     * Reads one hearing.
     * @throws ContentNotFoundException for an unknown id
     */
    StoredHearing get(long id);

    /**
     * Adds a hearing.
     * @throws ContentRuleException when the case already has a hearing at that time
     */
    StoredHearing create(HearingData data);

    /**
     * Saves the hearing if it is still at {@code version}.
     * @throws ContentConflictException when someone else changed it since
     * @throws ContentNotFoundException when it is gone
     * @throws ContentRuleException when the case already has another hearing at that time
     */
    StoredHearing update(long id, long version, HearingData data);

    /**
     * Deletes the hearing if it is still at {@code version}.
     * @throws ContentConflictException when someone else changed it since
     * @throws ContentNotFoundException when it is gone
     */
    void delete(long id, long version);

}
