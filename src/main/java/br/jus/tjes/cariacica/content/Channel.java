package br.jus.tjes.cariacica.content;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A way to reach the unit (balcão presencial, Balcão Virtual, telephone, e-mail,
 * WhatsApp).
 *
 * @param contact what to dial, write to or open, as shown
 * @param contactUrl a link for it ({@code tel:}, {@code mailto:}, {@code https:}), or
 * null
 * @param hours the weekly hours in local time, empty when the channel takes messages at
 * any time
 */
public record Channel(String key, Kind kind, String name, String contact, String contactUrl, String descriptionHtml,
        List<Hours> hours) {

    public Channel {
        hours = List.copyOf(hours);
    }

    public boolean hasHours() {
        return !this.hours.isEmpty();
    }

    public List<Hours> hoursOn(DayOfWeek day) {
        return this.hours.stream().filter((hours) -> hours.day() == day).toList();
    }

    public enum Kind {

        BALCAO_PRESENCIAL, BALCAO_VIRTUAL, TELEFONE, EMAIL, WHATSAPP

    }

    /** One opening interval on a weekday, [opens, closes). */
    public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {

        public boolean contains(LocalTime time) {
            return !time.isBefore(this.opens) && time.isBefore(this.closes);
        }
    }
}
