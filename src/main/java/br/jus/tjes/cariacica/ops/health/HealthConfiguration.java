package br.jus.tjes.cariacica.ops.health;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.ops.OpsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The site's own health checks, named by their bean names without the suffix:
 * {@code environment}, {@code staticFiles}, {@code templates}, {@code schema},
 * {@code routes}, and Spring Boot's {@code db} with a short cache.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /**
     * Spring Boot's default static locations, where a layout's {@code @{/css/...}} is
     * looked up.
     */
    private static final List<String> STATIC_LOCATIONS = List.of("classpath:/META-INF/resources/",
            "classpath:/resources/", "classpath:/static/", "classpath:/public/");

    @Bean
    EnvironmentHealthIndicator environmentHealthIndicator(Environment environment) {
        return new EnvironmentHealthIndicator(environment);
    }

    @Bean
    StaticFilesHealthIndicator staticFilesHealthIndicator(ResourcePatternResolver resources,
            @Value("${spring.thymeleaf.prefix:classpath:/templates/}") String templates) {
        return new StaticFilesHealthIndicator(resources, templates + "fragments/layout.html", STATIC_LOCATIONS);
    }

    @Bean
    TemplatesHealthIndicator templatesHealthIndicator(ResourcePatternResolver resources,
            @Value("${spring.thymeleaf.prefix:classpath:/templates/}") String templates) {
        return new TemplatesHealthIndicator(resources, templates);
    }

    /**
     * Spring Boot's {@code db} check (a connection validity test), answered from a
     * reading at most {@code court.ops.health.db-cache} old (1 s by default): readiness
     * still drops within a second of an outage, and a poll no longer costs a database
     * round trip. The bean name replaces Boot's own {@code db} check.
     */
    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource, OpsProperties properties, Clock clock) {
        return new CachedHealthIndicator(new DataSourceHealthIndicator(dataSource), properties.health().dbCache(),
                clock);
    }

    @Bean
    SchemaHealthIndicator schemaHealthIndicator(Flyway flyway, OpsProperties properties,
            @Value("${spring.jpa.hibernate.ddl-auto:none}") String ddlAuto, Clock clock) {
        return new SchemaHealthIndicator(flyway, ddlAuto, properties.health().schemaCache(), clock);
    }

    @Bean
    RoutesHealthIndicator routesHealthIndicator(ObjectProvider<RequestMappingInfoHandlerMapping> mappings,
            OpsProperties properties) {
        // Looked up on the first check, not now: actuator's own mapping depends on the
        // health endpoint.
        return new RoutesHealthIndicator(() -> mappings.orderedStream().toList(), properties.health().routes());
    }

    @Bean
    HealthGauges healthGauges(HealthContributorRegistry contributors, MeterRegistry meters) {
        return new HealthGauges(contributors, meters);
    }

}
