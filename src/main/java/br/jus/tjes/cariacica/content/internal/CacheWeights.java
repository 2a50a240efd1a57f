package br.jus.tjes.cariacica.content.internal;

import java.util.Collection;

import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFilter;

/**
 * Estimates, in bytes of heap, what an entry of the hearings cache holds: object headers,
 * references and the characters of its strings. An estimate on the generous side, so the
 * configured size is an upper bound of the real one.
 */
final class CacheWeights {

    /** A record's header and its fields; the date-time and instant it points to. */
    static final int HEARING = 64 + 80 + 24;

    /** The filter record, its two dates and an entry of Caffeine's own. */
    static final int FILTER = 48 + 2 * 24 + 96;

    static final int LIST = 24;

    static final int REFERENCE = 8;

    private CacheWeights() {
    }

    static int hearings(Object key, Object value) {
        long bytes = 0;
        if (key instanceof HearingFilter filter) {
            bytes += FILTER + string(filter.caseNumber());
        }
        if (value instanceof Collection<?> hearings) {
            bytes += LIST;
            for (Object item : hearings) {
                bytes += REFERENCE;
                if (item instanceof Hearing hearing) {
                    bytes += HEARING + string(hearing.caseNumber()) + string(hearing.proceduralClass())
                            + string(hearing.room());
                }
            }
        }
        return Math.clamp(bytes, 1, Integer.MAX_VALUE);
    }

    private static long string(String text) {
        return (text != null) ? 48 + 2L * text.length() : 0;
    }

}
