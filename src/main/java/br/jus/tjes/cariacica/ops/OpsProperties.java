package br.jus.tjes.cariacica.ops;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operations settings ({@code court.ops.*}).
 *
 * @param slowRequestThreshold requests slower than this are logged at WARN and counted
 * @param health the settings of the health checks
 */
@Validated
@ConfigurationProperties(prefix = "court.ops", ignoreUnknownFields = false)
public record OpsProperties(@NotNull @DefaultValue("500ms") Duration slowRequestThreshold,
        @Valid @NotNull @DefaultValue Health health) {

    /**
     * Settings of the health checks.
     *
     * @param routes the public routes the {@code routes} check expects to be mapped
     * @param schemaCache how long the {@code schema} check reuses its last reading of
     * Flyway's history
     * @param dbCache how often the {@code db} check reads the database in the background:
     * its answer is at most this old
     * @param dbTimeout how long that reading may take; a reading older than
     * {@code dbCache + dbTimeout} counts as the database down
     */
    public record Health(@NotNull @DefaultValue( {
            "/", "/pauta", "/busca", "/api/chat" }) List<String> routes,
            @NotNull @DefaultValue("30s") Duration schemaCache, @NotNull @DefaultValue("500ms") Duration dbCache,
            @NotNull @DefaultValue("1s") Duration dbTimeout){
    }
}
