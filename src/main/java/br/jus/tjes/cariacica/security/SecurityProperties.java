package br.jus.tjes.cariacica.security;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The security settings of the site ({@code court.security.*}).
 *
 * @param maxRequestSize requests with a larger body are refused with 413 before any controller sees them
 * @param operator the operator account for monitors (HTTP basic, role OPS), from the environment
 */
@Validated
@ConfigurationProperties("court.security")
public record SecurityProperties(@NotNull @DefaultValue("16MB") DataSize maxRequestSize, Operator operator) {

    /** Both set, or the account does not exist. */
    public record Operator(String username, String password) {

        boolean isConfigured() {
            return StringUtils.hasText(username) && StringUtils.hasText(password);
        }

        @Override
        public String toString() {
            return "Operator[username=" + username + "]";
        }
    }
}
