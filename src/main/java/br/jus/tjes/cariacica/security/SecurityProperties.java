package br.jus.tjes.cariacica.security;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The security settings of the site ({@code court.security.*}).
 *
 * @param maxRequestSize requests with a larger body are refused with 413 before any
 * controller sees them
 * @param operator the operator account for monitors (HTTP basic, role OPS), from the
 * environment
 * @param login the throttles of failed logins
 * @param sessionMaxLifetime a staff session ends this long after its login, however
 * active (the idle timeout is {@code server.servlet.session.timeout})
 */
@Validated
@ConfigurationProperties(prefix = "court.security", ignoreUnknownFields = false)
public record SecurityProperties(@NotNull @DefaultValue("16MB") DataSize maxRequestSize, Operator operator,
        @Valid @NotNull @DefaultValue Login login, @NotNull @DefaultValue("10h") Duration sessionMaxLifetime) {

    /** Both set, or the account does not exist. */
    public record Operator(String username, String password) {

        boolean isConfigured() {
            return StringUtils.hasText(this.username) && StringUtils.hasText(this.password);
        }

        @Override
        public String toString() {
            return "Operator[username=" + this.username + "]";
        }
    }

    /**
     * The throttles of {@link LoginThrottle}: {@code maxFailures} attempts for one
     * account from one address, or {@code maxFailuresPerAddress} from one address for any
     * account, within {@code window}, block that pair or that address for
     * {@code lockDuration}; beyond {@code maxFailures} attempts for an account from
     * anywhere, addresses that already failed for it are slowed down (never an address
     * without failures).
     */
    public record Login(@Min(1) @Max(100) @DefaultValue("5") int maxFailures,
            @Min(1) @Max(10_000) @DefaultValue("20") int maxFailuresPerAddress,
            @NotNull @DefaultValue("15m") Duration window, @NotNull @DefaultValue("15m") Duration lockDuration) {
    }
}
