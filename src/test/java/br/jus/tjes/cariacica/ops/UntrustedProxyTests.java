package br.jus.tjes.cariacica.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site behind a proxy that {@code COURT_TRUSTED_PROXIES} does not name: here the test
 * client on 127.0.0.1 plays that proxy, and the setting trusts another address. The first
 * forwarded request is logged at WARN, and the {@code environment} check turns DEGRADED
 * (the site stays in rotation: HTTP 200) with a message naming the setting.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "court.security.operator.username=" + OperationsTest.OPERATOR,
                "court.security.operator.password=" + OperationsTest.PASSWORD,
                "server.tomcat.remoteip.internal-proxies=10\\.255\\.255\\.254" })
class UntrustedProxyTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aForwardedRequestThroughAnUntrustedProxyIsWarnedAndDegradesTheEnvironmentCheck(CapturedOutput output) {
        var page = get(this.port, "/pauta", "Accept", "text/html", "X-Forwarded-For", "203.0.113.7");
        assertThat(page.statusCode()).isEqualTo(200);

        var health = get(this.port, "/actuator/health", Operator.authorization());

        assertThat(health.statusCode()).isEqualTo(200);
        var environment = JSON.readTree(health.body()).get("components").get("environment");
        assertThat(environment.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(environment.get("details").get("message").asString()).contains("COURT_TRUSTED_PROXIES");
        assertThat(output.getOut()).containsPattern("WARN.*COURT_TRUSTED_PROXIES");
    }

}
