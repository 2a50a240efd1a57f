package br.jus.tjes.cariacica.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import br.jus.tjes.cariacica.web.ErrorReplies;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What every {@code @WebMvcTest} slice of this site needs beside its controllers: a fixed
 * clock, and a meter registry for the page cache's configuration (a
 * {@code WebMvcConfigurer}, so part of every web slice), and the one source of error
 * replies that the site's controller advice (part of every web slice too) words them
 * with.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ErrorReplies.class)
public class WebSliceBeans {

    /** Monday 15 March 2027, 12:00 in Cariacica: the counter is open. */
    public static final Instant NOW = Instant.parse("2027-03-15T15:00:00Z");

    /**
     * A web slice has no database: a URL of its own keeps
     * {@code EmbeddedPostgresEnvironmentPostProcessor} from starting the embedded
     * PostgreSQL for it (nothing in a slice connects).
     */
    public static final String NO_DATABASE = "spring.datasource.url=jdbc:postgresql://localhost:1/none";

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

}
