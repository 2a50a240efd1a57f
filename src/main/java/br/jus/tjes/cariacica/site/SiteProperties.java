package br.jus.tjes.cariacica.site;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The public site's settings ({@code court.site.*}).
 *
 * @param publicBaseUrl the address citizens use, for absolute links in the feed and the
 * sitemap
 * @param pjePublicLookupUrl PJe's public case lookup, linked from the case lookup page
 */
@Validated
@ConfigurationProperties(prefix = "court.site", ignoreUnknownFields = false)
public record SiteProperties(@NotNull URI publicBaseUrl, @NotNull URI pjePublicLookupUrl) {
}
