package br.jus.tjes.cariacica.site;

import java.time.Instant;
import java.util.List;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.OpeningStatus;
import br.jus.tjes.cariacica.content.Unit;

/** A channel with its open/closed status at one instant. */
public record ChannelStatus(Channel channel, OpeningStatus status) {

    /** Every channel with hours, with its status now. */
    static List<ChannelStatus> of(Unit unit, Instant now) {
        return unit.channels()
            .stream()
            .filter(Channel::hasHours)
            .map((channel) -> new ChannelStatus(channel, unit.statusOf(channel, now)))
            .toList();
    }
}
