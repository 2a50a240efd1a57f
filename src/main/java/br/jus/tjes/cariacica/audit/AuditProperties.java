package br.jus.tjes.cariacica.audit;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail's settings ({@code court.audit.*}).
 *
 * @param retention how long an event is kept before the daily cleanup deletes it
 */
@Validated
@ConfigurationProperties(prefix = "court.audit", ignoreUnknownFields = false)
record AuditProperties(@NotNull @DefaultValue("1825d") Duration retention) {
}
