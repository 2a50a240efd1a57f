package br.jus.tjes.cariacica.security;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The security settings of the site ({@code court.security.*}).
 *
 * @param maxRequestSize requests with a larger body are refused with 413 before any controller sees them
 */
@Validated
@ConfigurationProperties("court.security")
record SecurityProperties(@NotNull @DefaultValue("16MB") DataSize maxRequestSize) {
}
