package br.jus.tjes.cariacica.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import br.jus.tjes.cariacica.time.CourtTime;

/**
 * The court unit as citizens need it. Rich text fields end in {@code Html} and are
 * already sanitized.
 */
public record Unit(String name, String handlesHtml, String notHandledHtml, Address address, String mapUrl,
        String accessibilityHtml, String plantaoHtml, String ouvidoriaHtml, String defensoriaHtml,
        String privacyOfficerContact, String defensoriaPhone, String defensoriaUrl, List<Channel> channels,
        List<Closure> closures, List<UrgentNotice> urgentNotices) {

    public Unit {
        channels = List.copyOf(channels);
        closures = List.copyOf(closures);
        urgentNotices = List.copyOf(urgentNotices);
    }

    /** The urgent notices to show now, in start order. */
    public List<UrgentNotice> activeUrgentNotices(Instant now) {
        return this.urgentNotices.stream().filter((notice) -> notice.isActiveAt(now)).toList();
    }

    public Optional<Closure> closureOn(LocalDate date) {
        return this.closures.stream().filter((closure) -> closure.covers(date)).findFirst();
    }

    /** Closures that end today or later, in date order. */
    public List<Closure> upcomingClosures(LocalDate today) {
        return this.closures.stream().filter((closure) -> !closure.endsOn().isBefore(today)).toList();
    }

    /**
     * Whether a channel is open at this instant, honouring closures, and when it next
     * opens or closes.
     */
    public OpeningStatus statusOf(Channel channel, Instant now) {
        return OpeningStatus.of(channel, this, now.atZone(CourtTime.ZONE));
    }

    public record Address(String street, String district, String city, String state, String postalCode) {

        public String oneLine() {
            return this.street + ", " + this.district + ", " + this.city + "/" + this.state + ", CEP "
                    + this.postalCode;
        }
    }
}
