package br.jus.tjes.cariacica.content.internal;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every edited row has: its id and the version an edit must name (optimistic
 * locking).
 */
@MappedSuperclass
abstract class ContentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Version
    long version;

}
