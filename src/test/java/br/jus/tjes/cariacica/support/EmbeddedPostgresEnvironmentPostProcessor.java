package br.jus.tjes.cariacica.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * On the test classpath only: when no database is configured, points the datasource at
 * the JVM's one embedded PostgreSQL, with the two roles of production: Flyway migrates as
 * the owner, the site connects as the application role. Every test context, and the local
 * run, shares that server; production never sees this class.
 */
class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIRECTORY = "court.embedded-postgres.data-directory";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        var server = EmbeddedPostgresServer.get(environment.getProperty(DATA_DIRECTORY));
        environment.getPropertySources()
            .addLast(new MapPropertySource("embeddedPostgres",
                    Map.of("spring.datasource.url", server.urlWithoutUser(), "spring.datasource.username",
                            EmbeddedPostgresServer.APP_USER, "spring.datasource.password",
                            EmbeddedPostgresServer.APP_PASSWORD, "spring.flyway.user", EmbeddedPostgresServer.USER,
                            "spring.flyway.password", EmbeddedPostgresServer.PASSWORD)));
    }

    @Override
    public int getOrder() {
        // After Spring Boot has loaded application.yml and the profile overlays.
        return Ordered.LOWEST_PRECEDENCE;
    }

}
