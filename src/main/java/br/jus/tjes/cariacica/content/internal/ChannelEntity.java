package br.jus.tjes.cariacica.content.internal;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import br.jus.tjes.cariacica.content.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "contact_channel")
class ChannelEntity extends UnitPartEntity {

    @Enumerated(EnumType.STRING)
    Channel.Kind kind;

    String name;

    String contact;

    String contactUrl;

    @Column(name = "description_md")
    String descriptionMarkdown;

    int position;

    @ElementCollection
    @CollectionTable(name = "channel_hours", joinColumns = @JoinColumn(name = "channel_id"))
    Set<HoursEmbeddable> hours = new LinkedHashSet<>();

    /** The opening hours by day, then by opening time. */
    List<Channel.Hours> sortedHours() {
        return this.hours.stream()
            .map((h) -> new Channel.Hours(DayOfWeek.of(h.dayOfWeek()), h.opens(), h.closes()))
            .sorted(Comparator.comparing(Channel.Hours::day).thenComparing(Channel.Hours::opens))
            .toList();
    }

}
