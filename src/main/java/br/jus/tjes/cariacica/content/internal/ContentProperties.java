package br.jus.tjes.cariacica.content.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Content settings ({@code court.content}).
 *
 * @param revisionCheckInterval how often each instance looks whether another one changed
 * the content (and then clears its caches and rebuilds the search index): the longest an
 * edit stays unseen on another instance
 * @param hearingsCacheSize the most memory the cache of hearing lists may hold, keyed as
 * it is by the dates, filters and case numbers any visitor sends
 */
@Validated
@ConfigurationProperties(prefix = "court.content", ignoreUnknownFields = false)
record ContentProperties(@NotNull Duration revisionCheckInterval, @NotNull DataSize hearingsCacheSize) {
}
