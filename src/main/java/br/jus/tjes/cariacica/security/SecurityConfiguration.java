package br.jus.tjes.cariacica.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One filter chain for the whole site, so every response (pages, static files, error pages and JSON errors)
 * carries the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        SiteHeaders.apply(http, properties.maxRequestSize());

        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/admin/tarefas/**").hasAnyRole("ADMIN", "OPS")
                .requestMatchers("/admin/operacoes/**").hasAnyRole("OPS", "ADMIN")
                .requestMatchers("/admin/**").authenticated()
                .anyRequest().permitAll());

        // The chat API is called anonymously with a per-conversation token in the body, never with a cookie, so
        // a forged cross-site request has nothing to ride on: it is exempt from CSRF. Every staff form is not.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.httpBasic(basic -> basic.realmName("Vara Civel de Cariacica"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The operator account from the environment (role OPS), for monitors that read health details and metrics
     * with HTTP basic. Without the two variables there is no such account, and no generated default password.
     */
    @Bean
    InMemoryUserDetailsManager operatorAccounts(SecurityProperties properties, PasswordEncoder encoder) {
        var operator = properties.operator();
        if (operator == null || !operator.isConfigured()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(operator.username())
                .password(encoder.encode(operator.password()))
                .roles("OPS")
                .build());
    }
}
