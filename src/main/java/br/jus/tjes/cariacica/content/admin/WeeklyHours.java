package br.jus.tjes.cariacica.content.admin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import br.jus.tjes.cariacica.content.Channel;

/**
 * A day's hours as one text field, for example {@code 08:00-12:00, 13:00-18:00}: simple
 * to type, to read aloud and to fix, with one error message per day.
 */
final class WeeklyHours {

    private static final Pattern INTERVAL = Pattern.compile("^(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})$");

    private WeeklyHours() {
    }

    /**
     * The intervals of the text; {@link IllegalArgumentException} with a message key when
     * it cannot be read.
     */
    static List<Channel.Hours> parse(DayOfWeek day, String text) {
        var hours = new ArrayList<Channel.Hours>();
        if (text == null || text.isBlank()) {
            return hours;
        }
        for (String part : text.split("[,;]")) {
            var matcher = INTERVAL.matcher(part.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("conteudo.horario.formato");
            }
            LocalTime opens = time(matcher.group(1));
            LocalTime closes = time(matcher.group(2));
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("conteudo.horario.fim-antes");
            }
            hours.add(new Channel.Hours(day, opens, closes));
        }
        return hours;
    }

    static String format(List<Channel.Hours> hours, DayOfWeek day) {
        return String.join(", ",
                hours.stream().filter((h) -> h.day() == day).map((h) -> h.opens() + "-" + h.closes()).toList());
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse((text.length() == 4) ? "0" + text : text);
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("conteudo.horario.formato", ex);
        }
    }

}
