package br.jus.tjes.cariacica.content.internal;

import java.time.LocalTime;

import jakarta.persistence.Embeddable;

/** One opening interval; {@code dayOfWeek} is ISO (1 = Monday). */
@Embeddable
record HoursEmbeddable(short dayOfWeek, LocalTime opens, LocalTime closes) {
}
