package br.jus.tjes.cariacica.time;

import java.time.ZoneId;

/**
 * The court's time zone, the one every local date and time of the site is in (Brasília
 * time).
 */
public final class CourtTime {

    /** The zone's id, for annotations such as {@code @DefaultValue}. */
    public static final String ZONE_ID = "America/Sao_Paulo";

    /** The court's time zone. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private CourtTime() {
    }

}
