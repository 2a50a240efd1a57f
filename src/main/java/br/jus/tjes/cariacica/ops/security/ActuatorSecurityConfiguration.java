package br.jus.tjes.cariacica.ops.security;

import java.util.List;

import br.jus.tjes.cariacica.security.SecurityProperties;
import br.jus.tjes.cariacica.security.SiteHeaders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Actuator's own filter chain, ahead of the site's: health (and {@code /livez},
 * {@code /readyz}) for anyone, with the checks' details only for role OPS; the Prometheus
 * metrics only for role OPS. HTTP basic for monitors; a staff session with role OPS works
 * too, since the chain reads the session like the site's. Anything else under
 * {@code /actuator} is not exposed and answers 404.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, SecurityProperties properties,
            @Value("${management.server.port:}") String managementPort) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), paths.matcher("/actuator/**"),
                paths.matcher("/livez"), paths.matcher("/readyz")));
        SiteHeaders.apply(http, properties.maxRequestSize());

        http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("prometheus"))
            .hasRole("OPS")
            // Health is public (details by role, see management.endpoint.health.roles);
            // whatever else is
            // asked for under /actuator is not exposed, so it is let through to its 404.
            .anyRequest()
            .permitAll());
        http.httpBasic((basic) -> basic.realmName("Vara Civel de Cariacica"));
        // Read-only endpoints: no form posts to protect, and monitors do not carry CSRF
        // tokens.
        http.csrf((csrf) -> csrf.disable());
        if (StringUtils.hasText(managementPort)) {
            http.addFilterBefore(new ManagementPortOperator(List.of(Integer.parseInt(managementPort.trim()))),
                    AnonymousAuthenticationFilter.class);
        }
        return http.build();
    }

}
