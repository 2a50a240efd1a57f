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

    /**
     * The public base address without a trailing slash, ready for an absolute path.
     * @return the address, for example {@code https://vara.example} for
     * {@code https://vara.example/}
     */
    String baseAddress() {
        String base = this.publicBaseUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

}
