package br.jus.tjes.cariacica.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers written on a response refused before any filter chain runs come from the
 * same writers as the chains' (SecurityHeadersTests checks those over HTTP).
 */
class SiteHeadersWriterTests {

    @Test
    void aResponseRefusedBeforeTheChainsGetsEverySecurityHeader() {
        var response = new MockHttpServletResponse();

        SiteHeaders.writeTo(new MockHttpServletRequest("GET", "/busca"), response);

        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SiteHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("Permissions-Policy")).isEqualTo(SiteHeaders.PERMISSIONS_POLICY);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cross-Origin-Resource-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("X-XSS-Protection")).isEqualTo("0");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(response.getHeader("Strict-Transport-Security")).as("HSTS on plain HTTP").isNull();
    }

    @Test
    void aSecureRequestAlsoGetsHsts() {
        var request = new MockHttpServletRequest("GET", "/busca");
        request.setSecure(true);
        var response = new MockHttpServletResponse();

        SiteHeaders.writeTo(request, response);

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

}
