package br.jus.tjes.cariacica.content.internal;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One opening interval; {@code dayOfWeek} is ISO (1 = Monday). */
@Embeddable
record HoursEmbeddable(@Column(name = "day_of_week") short dayOfWeek, LocalTime opens, LocalTime closes) {
}
