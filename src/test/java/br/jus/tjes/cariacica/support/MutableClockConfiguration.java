package br.jus.tjes.cariacica.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A {@link MutableClock} as the site's clock, for tests that move time instead of
 * waiting. Every test class importing this (and nothing else) shares one application
 * context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    // Primary: the site has its own Clock bean when this one is registered after it.
    @Bean
    @Primary
    MutableClock mutableTestClock() {
        return new MutableClock(Instant.now());
    }

}
