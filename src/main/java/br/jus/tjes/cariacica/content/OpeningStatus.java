package br.jus.tjes.cariacica.content;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import br.jus.tjes.cariacica.time.CourtTime;

/**
 * Whether a channel is open now.
 *
 * @param open true while inside an opening interval on a day without closure
 * @param until when open: the closing time today
 * @param nextOpening when closed: the next opening within two weeks, or null
 * @param closure when closed by a closure: that closure, or null
 */
public record OpeningStatus(boolean open, ZonedDateTime until, ZonedDateTime nextOpening, Closure closure) {

    private static final int LOOKAHEAD_DAYS = 14;

    static OpeningStatus of(Channel channel, Unit unit, ZonedDateTime now) {
        Closure closure = unit.closureOn(now.toLocalDate()).orElse(null);
        if (closure == null) {
            for (var hours : channel.hoursOn(now.getDayOfWeek())) {
                if (hours.contains(now.toLocalTime())) {
                    return new OpeningStatus(true, now.with(hours.closes()), null, null);
                }
            }
        }
        return new OpeningStatus(false, null, nextOpening(channel, unit, now), closure);
    }

    private static ZonedDateTime nextOpening(Channel channel, Unit unit, ZonedDateTime now) {
        for (int offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
            LocalDate date = now.toLocalDate().plusDays(offset);
            if (unit.closureOn(date).isPresent()) {
                continue;
            }
            for (var hours : channel.hoursOn(date.getDayOfWeek())
                .stream()
                .sorted(java.util.Comparator.comparing(Channel.Hours::opens))
                .toList()) {
                ZonedDateTime opening = date.atTime(hours.opens()).atZone(CourtTime.ZONE);
                if (opening.isAfter(now)) {
                    return opening;
                }
            }
        }
        return null;
    }
}
