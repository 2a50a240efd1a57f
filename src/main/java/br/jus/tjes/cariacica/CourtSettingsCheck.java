package br.jus.tjes.cariacica;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
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
        Set<String> unknown = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream()
                    .filter(COURT::isAncestorOf)
                    .filter((name) -> known.stream()
                        .map(ConfigurationPropertyName::of)
                        .noneMatch((prefix) -> prefix.equals(name) || prefix.isAncestorOf(name)))
                    .forEach((name) -> unknown.add(name.toString()));
            }
        }
        return unknown;
    }

}
