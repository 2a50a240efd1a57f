package br.jus.tjes.cariacica.site.cache;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The whole-page cache of the public site ({@code court.page-cache.*}).
 *
 * @param enabled false: every page is rendered for every request (entity tags and 304s
 * stay)
 * @param maxSize the most the stored pages may take (compressed bodies and headers)
 */
@Validated
@ConfigurationProperties(prefix = "court.page-cache", ignoreUnknownFields = false)
record PageCacheProperties(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("32MB") DataSize maxSize) {
}
