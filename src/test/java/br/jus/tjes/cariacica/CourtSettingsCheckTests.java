package br.jus.tjes.cariacica;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class CourtSettingsCheckTests {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
        .withUserConfiguration(AuditSettings.class);

    @Test
    void knownSettingsStartTheApplication() {
        this.contexts.withPropertyValues("court.sample.retention=30d")
            .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void anEnvironmentVariableNoClassReadsFailsTheStartUp() {
        this.contexts
            .withInitializer((context) -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
                        Map.of("COURT_COOKIE_SECURE", "false"))))
            .run((context) -> assertThat(context).getFailure()
                .hasStackTraceContaining("Unknown court settings [court.cookie.secure]"));
    }

    @Test
    void anEnvironmentVariableTheConfigurationReadsThroughAPlaceholderStartsTheApplication() {
        // As application.yml reads COURT_SESSION_COOKIE_SECURE for Spring Boot's own
        // server.servlet.session.cookie.secure: no court.* class has that prefix.
        this.contexts.withPropertyValues("server.servlet.session.cookie.secure=${COURT_SESSION_COOKIE_SECURE:true}")
            .withInitializer((context) -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
                        Map.of("COURT_SESSION_COOKIE_SECURE", "false", "COURT_SESSION_COOKIE_SECUR", "false"))))
            .run((context) -> assertThat(context).getFailure()
                .hasStackTraceContaining("Unknown court settings [court.session.cookie.secur]"));
    }

    @Test
    void aMisspeltNameUnderAKnownPrefixFailsTheStartUp() {
        this.contexts.withPropertyValues("court.sample.retenton=30d")
            .run((context) -> assertThat(context).getFailure().hasStackTraceContaining("court.sample.retenton"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SampleProperties.class)
    @Import(CourtSettingsCheck.class)
    static class AuditSettings {

    }

    @ConfigurationProperties(prefix = "court.sample", ignoreUnknownFields = false)
    record SampleProperties(Duration retention) {
    }

}
