package br.jus.tjes.cariacica.ops.health;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.ops.OpsProperties;
import com.zaxxer.hikari.HikariDataSource;
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
    EnvironmentHealthIndicator environmentHealthIndicator(Environment environment,
            UntrustedProxyDetector untrustedProxyDetector) {
        return new EnvironmentHealthIndicator(environment, untrustedProxyDetector);
    }

    /**
     * Watches for a reverse proxy that {@code COURT_TRUSTED_PROXIES} does not name; after
     * Tomcat's remote IP valve, on every request.
     */
    @Bean
    UntrustedProxyDetector untrustedProxyDetector(
            @Value("${server.tomcat.remoteip.internal-proxies:}") String trustedProxies) {
        return new UntrustedProxyDetector(trustedProxies);
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
     * The {@code db} check. On the connection pool it reads the database in the
     * background on a connection of its own (short connect and socket timeouts), so a
     * probe never waits on the pool nor on a database that stopped answering. Any other
     * data source: Spring Boot's check, answered from a reading at most
     * {@code court.ops.health.db-cache} old. The bean name replaces Boot's own {@code db}
     * check.
     * @param dataSource the application's data source
     * @param properties the health settings
     * @return the check
     * @throws SQLException if the data source cannot be unwrapped
     */
    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource, OpsProperties properties, Clock clock)
            throws SQLException {
        var health = properties.health();
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return new DatabaseProbe(() -> openOwnConnection(pool, health.dbTimeout()), health.dbCache(),
                    health.dbTimeout(), clock);
        }
        return new CachedHealthIndicator(new DataSourceHealthIndicator(dataSource), health.dbCache(), clock);
    }

    private static Connection openOwnConnection(HikariDataSource pool, Duration timeout) throws SQLException {
        var settings = new Properties();
        settings.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            settings.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            settings.setProperty("password", pool.getPassword());
        }
        // PostgreSQL's driver reads these in seconds; other drivers ignore them.
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        settings.setProperty("connectTimeout", seconds);
        settings.setProperty("loginTimeout", seconds);
        settings.setProperty("socketTimeout", Long.toString(Math.max(2, timeout.toSeconds() * 2)));
        settings.setProperty("ApplicationName", settings.getProperty("ApplicationName", "court") + "-health");
        return DriverManager.getConnection(pool.getJdbcUrl(), settings);
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
