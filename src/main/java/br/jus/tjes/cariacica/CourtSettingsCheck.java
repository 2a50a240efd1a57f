package br.jus.tjes.cariacica;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.stereotype.Component;

/**
 * Fails the start-up on a {@code court.*} setting (or {@code COURT_*} environment
 * variable) that no settings class reads, so a misspelt name is an error, not silence.
 * Names under a known prefix are checked by the settings classes themselves
 * ({@code ignoreUnknownFields = false}); this check covers the prefixes no class owns,
 * such as {@code COURT_COOKIE_SECURE}.
 */
@Component
class CourtSettingsCheck implements SmartInitializingSingleton {

    private static final ConfigurationPropertyName COURT = ConfigurationPropertyName.of("court");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    /**
     * Read outside the settings classes: the embedded PostgreSQL of tests and local runs.
     */
    private static final Set<String> OTHER_PREFIXES = Set.of("court.embedded-postgres");

    private final ApplicationContext context;

    private final ConfigurableEnvironment environment;

    CourtSettingsCheck(ApplicationContext context, ConfigurableEnvironment environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<String> known = new TreeSet<>(OTHER_PREFIXES);
        ConfigurationPropertiesBean.getAll(this.context)
            .values()
            .forEach((bean) -> known.add(bean.getAnnotation().prefix()));
        Set<String> unknown = unknownNames(known);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Unknown court settings " + unknown
                    + " (no class reads them; check the spelling against the README). Known: "
                    + known.stream().filter((prefix) -> prefix.startsWith("court.")).toList());
        }
    }

    private Set<String> unknownNames(Set<String> known) {
        // A COURT_* variable that application.yml reads through a placeholder (such as
        // COURT_SESSION_COOKIE_SECURE in server.servlet.session.cookie.secure) is known
        // even though no court.* class has its prefix.
        Set<String> placeholders = placeholderNames();
        Set<String> unknown = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream()
                    .filter(COURT::isAncestorOf)
                    .filter((name) -> known.stream()
                        .map(ConfigurationPropertyName::of)
                        .noneMatch((prefix) -> prefix.equals(name) || prefix.isAncestorOf(name)))
                    .filter((name) -> !placeholders.contains(environmentName(name)))
                    .forEach((name) -> unknown.add(name.toString()));
            }
        }
        return unknown;
    }

    private Set<String> placeholderNames() {
        Set<String> names = new HashSet<>();
        for (PropertySource<?> source : this.environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable
                    && !(source instanceof SystemEnvironmentPropertySource)) {
                for (String name : enumerable.getPropertyNames()) {
                    if (enumerable.getProperty(name) instanceof Object value) {
                        Matcher matcher = PLACEHOLDER.matcher(value.toString());
                        while (matcher.find()) {
                            names.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        return names;
    }

    private static String environmentName(ConfigurationPropertyName name) {
        return name.toString().replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }

}
