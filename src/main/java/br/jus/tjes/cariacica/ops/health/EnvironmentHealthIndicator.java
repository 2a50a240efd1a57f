package br.jus.tjes.cariacica.ops.health;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * The settings the site cannot run properly without. Details name a missing or invalid
 * setting, never its value: the assistant's key in particular is only ever reported as
 * present or absent.
 */
class EnvironmentHealthIndicator implements HealthIndicator {

    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String PUBLIC_BASE_URL = "court.site.public-base-url";
    static final String ASSISTANT_KEY = "court.assistant.openai.api-key";
    static final String ASSISTANT_KEY_VARIABLE = "OPENAI_API_KEY";

    static final Status DEGRADED = new Status("DEGRADED");

    private final Environment environment;

    private final UntrustedProxyDetector proxies;

    /**
     * The settings come from the environment at startup and do not change while the site
     * runs: read once.
     */
    private final Supplier<Health> health = SingletonSupplier.of(this::check);

    EnvironmentHealthIndicator(Environment environment, UntrustedProxyDetector proxies) {
        this.environment = environment;
        this.proxies = proxies;
    }

    @Override
    public Health health() {
        Health result = this.health.get();
        String proxyProblem = this.proxies.message();
        if (proxyProblem == null) {
            return result;
        }
        // Seen at run time, not at startup: a proxy in front that the setting does not
        // trust. The site works, but every client shares one address.
        var degraded = Health.status((result.getStatus() == Status.UP) ? DEGRADED : result.getStatus())
            .withDetails(result.getDetails())
            .withDetail("untrustedProxy", this.proxies.untrustedProxy())
            .withDetail("message", proxyProblem);
        return degraded.build();
    }

    private Health check() {
        List<String> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        String datasource = this.environment.getProperty(DATASOURCE_URL);
        if (!StringUtils.hasText(datasource)) {
            missing.add(DATASOURCE_URL);
        }
        else if (!datasource.startsWith("jdbc:")) {
            invalid.add(DATASOURCE_URL);
        }
        String baseUrl = this.environment.getProperty(PUBLIC_BASE_URL);
        if (!StringUtils.hasText(baseUrl)) {
            missing.add(PUBLIC_BASE_URL);
        }
        else if (!isAbsoluteHttpUrl(baseUrl)) {
            invalid.add(PUBLIC_BASE_URL);
        }

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("checked", List.of(DATASOURCE_URL, PUBLIC_BASE_URL, ASSISTANT_KEY));
        details.put("assistantMode", assistantKeyPresent() ? "openai" : "knowledge-base-only");
        if (!missing.isEmpty()) {
            details.put("missing", missing);
        }
        if (!invalid.isEmpty()) {
            details.put("invalid", invalid);
        }
        return ((missing.isEmpty() && invalid.isEmpty()) ? Health.up() : Health.down()).withDetails(details).build();
    }

    /**
     * Either mode is healthy: without a key the assistant answers from the knowledge base
     * only.
     */
    private boolean assistantKeyPresent() {
        return StringUtils.hasText(this.environment.getProperty(ASSISTANT_KEY))
                || StringUtils.hasText(this.environment.getProperty(ASSISTANT_KEY_VARIABLE));
    }

    private static boolean isAbsoluteHttpUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && StringUtils.hasText(uri.getHost());
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

}
