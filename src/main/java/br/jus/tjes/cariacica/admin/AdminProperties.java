package br.jus.tjes.cariacica.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The first administrator ({@code court.admin.*}, from {@code COURT_ADMIN_USERNAME} and
 * {@code COURT_ADMIN_PASSWORD}): created at startup only while there is no staff account
 * at all.
 */
@ConfigurationProperties(prefix = "court.admin", ignoreUnknownFields = false)
record AdminProperties(String username, String password) {

    boolean isConfigured() {
        return StringUtils.hasText(this.username) && StringUtils.hasText(this.password);
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + this.username + "]";
    }
}
