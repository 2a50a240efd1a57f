package br.jus.tjes.cariacica.site;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import br.jus.tjes.cariacica.time.CourtTime;

import org.springframework.stereotype.Component;

/**
 * Dates and times as Brazilians read them, in the court's time zone; used from templates
 * as {@code @dates}.
 */
@Component("dates")
public class Dates {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", PT_BR)
        .withZone(CourtTime.ZONE);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm", PT_BR)
        .withZone(CourtTime.ZONE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", PT_BR).withZone(CourtTime.ZONE);

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", PT_BR)
        .withZone(CourtTime.ZONE);

    public String date(TemporalAccessor value) {
        return (value != null) ? DATE.format(value) : "";
    }

    public String dateTime(TemporalAccessor value) {
        return (value != null) ? DATE_TIME.format(value) : "";
    }

    public String time(TemporalAccessor value) {
        return (value != null) ? TIME.format(value) : "";
    }

    public String weekday(TemporalAccessor value) {
        return (value != null) ? WEEKDAY.format(value) : "";
    }

    /** Machine-readable form for {@code <time datetime>}. */
    public String iso(Instant value) {
        return (value != null) ? value.toString() : "";
    }

    public String iso(ZonedDateTime value) {
        return (value != null) ? value.toOffsetDateTime().toString() : "";
    }

}
