package br.jus.tjes.cariacica.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter.HeaderValue;
import org.springframework.util.unit.DataSize;

/**
 * The security headers and the request size limit that every filter chain of the site
 * applies, so every response (pages, static files, error pages, JSON errors, actuator)
 * carries the same ones.
 */
public final class SiteHeaders {

    /**
     * No inline script or style anywhere: every script and stylesheet is a file served by
     * this site.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
            "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "manifest-src 'self'",
            "frame-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'");

    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private SiteHeaders() {
    }

    /**
     * The same headers, written by hand on a response refused before any filter chain
     * runs (a suspicious request, a request the firewall rejects): the chain's header
     * writer never sees those, nor their error page.
     */
    static void writeTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", CrossOriginOpenerPolicy.SAME_ORIGIN.getPolicy());
        response.setHeader("Cross-Origin-Resource-Policy", CrossOriginResourcePolicy.SAME_ORIGIN.getPolicy());
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }

    public static void apply(HttpSecurity http, DataSize maxRequestSize) throws Exception {
        http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            // Written only on secure requests; behind a load balancer a request is secure
            // only when a
            // trusted proxy (server.tomcat.remoteip.internal-proxies) says
            // X-Forwarded-Proto: https.
            .httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
            .frameOptions((frame) -> frame.deny())
            .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
            .crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
            .crossOriginResourcePolicy((corp) -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
            // "0" turns the browsers' old XSS auditor off: its "1; mode=block" could
            // itself be abused to
            // leak data from a page, and the CSP above is the real defence.
            .xssProtection((xss) -> xss.headerValue(HeaderValue.DISABLED)));
        http.addFilterAfter(new RequestSizeLimitFilter(maxRequestSize.toBytes()), HeaderWriterFilter.class);
    }

}
