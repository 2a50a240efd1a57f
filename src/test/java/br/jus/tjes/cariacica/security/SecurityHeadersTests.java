package br.jus.tjes.cariacica.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import br.jus.tjes.cariacica.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

    private static final Map<String, String> EXPECTED = Map.of("X-Frame-Options", "DENY", "X-Content-Type-Options",
            "nosniff", "Referrer-Policy", "strict-origin-when-cross-origin", "Cross-Origin-Opener-Policy",
            "same-origin", "Cross-Origin-Resource-Policy", "same-origin", "X-XSS-Protection", "0", "Permissions-Policy",
            SiteHeaders.PERMISSIONS_POLICY, "Content-Security-Policy", SiteHeaders.CONTENT_SECURITY_POLICY);

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = { "page", "static", "notFound", "jsonError" })
    void everyKindOfResponseCarriesTheSecurityHeaders(String kind) {
        HttpResponse<String> response = switch (kind) {
            case "page" -> get(this.port, "/", "Accept", "text/html");
            case "static" -> get(this.port, hashedStylesheet());
            case "notFound" -> get(this.port, "/nada-aqui", "Accept", "text/html");
            default -> get(this.port, "/api/nada-aqui", "Accept", "application/json");
        };

        EXPECTED.forEach((name, value) -> assertThat(response.headers().firstValue(name)).as("%s on %s", name, kind)
            .hasValue(value));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("HSTS on plain HTTP").isEmpty();
    }

    @Test
    void contentSecurityPolicyAllowsNoInlineCodeAndNoFraming() {
        assertThat(SiteHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline", "unsafe-eval")
            .contains("frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'");
    }

    @Test
    void hstsIsSentWhenATrustedProxySaysTheRequestWasHttps() {
        String response = RawHttp.get("127.0.0.1", this.port, "/", "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.9");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response).containsIgnoringCase("Strict-Transport-Security: max-age=31536000 ; includeSubDomains");
    }

    @Test
    void hstsIsNotSentWhenAnUntrustedAddressClaimsHttps() {
        String response = RawHttp.get("127.0.0.2", this.port, "/", "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.9");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response).doesNotContainIgnoringCase("Strict-Transport-Security");
    }

    private String hashedStylesheet() {
        var matcher = Pattern.compile("/css/site-[0-9a-f]{32}\\.css").matcher(get(this.port, "/").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

}
