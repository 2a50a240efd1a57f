package br.jus.tjes.cariacica.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter.HeaderValue;

/**
 * One filter chain for the whole site, so every response (pages, static files, error pages and JSON errors)
 * carries the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere: every script and stylesheet is a file served by this site. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "frame-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'");

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Written only on secure requests; behind a load balancer a request is secure only when a
                // trusted proxy (server.tomcat.remoteip.internal-proxies) says X-Forwarded-Proto: https.
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                .crossOriginResourcePolicy(corp -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
                // "0" turns the browsers' old XSS auditor off: its "1; mode=block" could itself be abused to
                // leak data from a page, and the CSP above is the real defence.
                .xssProtection(xss -> xss.headerValue(HeaderValue.DISABLED)));

        http.addFilterAfter(new RequestSizeLimitFilter(properties.maxRequestSize().toBytes()), HeaderWriterFilter.class);

        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/admin/**").authenticated()
                .anyRequest().permitAll());

        // The chat API is called anonymously with a per-conversation token in the body, never with a cookie, so
        // a forged cross-site request has nothing to ride on: it is exempt from CSRF. Every staff form is not.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.httpBasic(basic -> basic.realmName("Vara Civel de Cariacica"));
        return http.build();
    }
}
