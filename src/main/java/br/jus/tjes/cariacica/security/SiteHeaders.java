package br.jus.tjes.cariacica.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter.HeaderValue;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.util.unit.DataSize;

/**
 * The security headers and the request size limit that every filter chain of the site
 * applies, so every response (pages, static files, error pages, JSON errors, actuator)
 * carries the same ones. The headers are one list of writers, used by the chains and by
 * the responses refused before any chain runs.
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

    private static final HeaderWriter HEADERS = new CompositeHeaderWriter(writers());

    private SiteHeaders() {
    }

    /**
     * The same headers, written on a response refused before any filter chain runs (a
     * suspicious request, a request the firewall rejects): the chain's header writer
     * never sees those, nor their error page.
     */
    static void writeTo(HttpServletRequest request, HttpServletResponse response) {
        HEADERS.writeHeaders(request, response);
    }

    public static void apply(HttpSecurity http, DataSize maxRequestSize) throws Exception {
        http.headers((headers) -> headers.defaultsDisabled().addHeaderWriter(HEADERS));
        http.addFilterAfter(new RequestSizeLimitFilter(maxRequestSize.toBytes()), HeaderWriterFilter.class);
    }

    private static List<HeaderWriter> writers() {
        var referrer = new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN);
        var opener = new CrossOriginOpenerPolicyHeaderWriter();
        opener.setPolicy(CrossOriginOpenerPolicy.SAME_ORIGIN);
        var resources = new CrossOriginResourcePolicyHeaderWriter();
        resources.setPolicy(CrossOriginResourcePolicy.SAME_ORIGIN);
        // "0" turns the browsers' old XSS auditor off: its "1; mode=block" could itself
        // be abused to leak data from a page, and the CSP above is the real defence.
        var xss = new XXssProtectionHeaderWriter();
        xss.setHeaderValue(HeaderValue.DISABLED);
        // Written only on secure requests; behind a load balancer a request is secure
        // only when a trusted proxy (server.tomcat.remoteip.internal-proxies) says
        // X-Forwarded-Proto: https.
        var hsts = new HstsHeaderWriter(31_536_000, true);
        return List.of(new XContentTypeOptionsHeaderWriter(), xss, new CacheControlHeadersWriter(), hsts,
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY), referrer,
                new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY), opener, resources);
    }

}
