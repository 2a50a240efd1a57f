package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "unit")
class UnitEntity extends ContentEntity {

    String name;

    @Column(name = "handles_md")
    String handlesMarkdown;

    @Column(name = "not_handled_md")
    String notHandledMarkdown;

    String street;

    String district;

    String city;

    String state;

    String postalCode;

    String mapUrl;

    @Column(name = "accessibility_md")
    String accessibilityMarkdown;

    @Column(name = "plantao_md")
    String plantaoMarkdown;

    @Column(name = "ouvidoria_md")
    String ouvidoriaMarkdown;

    @Column(name = "defensoria_md")
    String defensoriaMarkdown;

    String privacyOfficerContact;

    String defensoriaPhone;

    String defensoriaUrl;

    Instant updatedAt;

    // Sets, not lists: the frame query fetches all of them in one statement.
    @OneToMany(mappedBy = "unit")
    Set<ChannelEntity> channels = new LinkedHashSet<>();

    @OneToMany(mappedBy = "unit")
    Set<ClosureEntity> closures = new LinkedHashSet<>();

    @OneToMany(mappedBy = "unit")
    Set<UrgentNoticeEntity> urgentNotices = new LinkedHashSet<>();

}
