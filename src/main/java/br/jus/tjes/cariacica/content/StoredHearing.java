package br.jus.tjes.cariacica.content;

import java.time.Instant;

/**
 * A hearing as staff see it (sealed cases included, with their number), with the version
 * an edit must match.
 */
public record StoredHearing(long id, long version, HearingData data, Instant updatedAt) {
}
