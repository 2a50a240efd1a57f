package br.jus.tjes.cariacica.ops.health;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class EnvironmentHealthIndicatorTests {

    private static final String SECRET = "sk-test-segredo-que-nunca-aparece";

    private static final String TRUSTED = "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1";

    private static EnvironmentHealthIndicator indicator(MockEnvironment environment) {
        return new EnvironmentHealthIndicator(environment, new UntrustedProxyDetector(TRUSTED));
    }

    private static MockEnvironment complete() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/court")
            .withProperty("court.site.public-base-url", "https://vara.example.jus.br");
    }

    @Test
    void completeSettingsAreUpInKnowledgeBaseModeWithoutAKey() {
        var health = indicator(complete()).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("assistantMode", "knowledge-base-only")
            .doesNotContainKeys("missing", "invalid");
    }

    @Test
    void aKeyTurnsTheAssistantModeToOpenAiWithoutEverShowingTheKey() {
        var fromProperty = indicator(complete().withProperty("court.assistant.openai.api-key", SECRET)).health();
        var fromVariable = indicator(complete().withProperty("OPENAI_API_KEY", SECRET)).health();

        assertThat(fromProperty.getDetails()).containsEntry("assistantMode", "openai");
        assertThat(fromVariable.getDetails()).containsEntry("assistantMode", "openai");
        assertThat(fromProperty.toString() + fromVariable).doesNotContain(SECRET);
    }

    @Test
    void missingSettingIsDownAndNamed() {
        var environment = new MockEnvironment().withProperty("court.site.public-base-url",
                "https://vara.example.jus.br");

        var health = indicator(environment).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("missing", List.of("spring.datasource.url"));
    }

    @Test
    void invalidSettingIsDownAndNamedButItsValueIsNotShown() {
        var environment = complete().withProperty("court.site.public-base-url", "vara-sem-esquema-" + SECRET)
            .withProperty("spring.datasource.url", "postgres://" + SECRET);

        var health = indicator(environment).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("invalid",
                List.of("spring.datasource.url", "court.site.public-base-url"));
        assertThat(health.toString()).doesNotContain(SECRET);
    }

    @Test
    void blankPublicBaseUrlCountsAsMissing() {
        var health = indicator(complete().withProperty("court.site.public-base-url", " ")).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("missing", List.of("court.site.public-base-url"));
    }

    @Test
    void aForwardedRequestFromAnUntrustedPrivateProxyIsWarnedOnceAndDegradesTheCheckNamingTheSetting(
            CapturedOutput output) throws Exception {
        var proxies = new UntrustedProxyDetector(TRUSTED);
        var indicator = new EnvironmentHealthIndicator(complete(), proxies);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        for (String bridge : new String[] { "172.17.0.1", "10.0.3.7" }) {
            var request = new MockHttpServletRequest("GET", "/pauta");
            request.setRemoteAddr(bridge);
            request.addHeader("X-Forwarded-For", "203.0.113.9");
            proxies.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        }

        var health = indicator.health();
        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails()).containsEntry("untrustedProxy", "172.17.0.1")
            .containsEntry("assistantMode", "knowledge-base-only");
        assertThat((String) health.getDetails().get("message")).contains("COURT_TRUSTED_PROXIES", "172.17.0.1");
        assertThat(output.getOut()
            .lines()
            .filter((line) -> line.contains("WARN") && line.contains("COURT_TRUSTED_PROXIES"))).hasSize(1);
    }

    @Test
    void trustedProxiesPublicClientsAndRequestsWithoutTheHeaderLeaveTheCheckUp() throws Exception {
        var proxies = new UntrustedProxyDetector(TRUSTED + "|172\\.18\\.0\\.2");
        var indicator = new EnvironmentHealthIndicator(complete(), proxies);
        String[][] requests = { { "127.0.0.1", "203.0.113.9" }, { "172.18.0.2", "203.0.113.9" },
                { "203.0.113.50", "10.0.0.1" }, { "192.168.1.20", null }, { "2001:db8::1", "203.0.113.9" } };

        for (String[] sent : requests) {
            var request = new MockHttpServletRequest("GET", "/");
            request.setRemoteAddr(sent[0]);
            if (sent[1] != null) {
                request.addHeader("X-Forwarded-For", sent[1]);
            }
            proxies.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        }

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(proxies.untrustedProxy()).isNull();
    }

    @Test
    void privateLoopbackLinkLocalAndUniqueLocalAddressesCountAsAProxysOwnNetwork() {
        assertThat(List.of("10.1.2.3", "172.16.0.1", "192.168.0.1", "127.0.0.2", "169.254.1.1", "fd00::1", "fe80::1",
                "::1"))
            .allMatch(UntrustedProxyDetector::isPrivate);
        assertThat(List.of("203.0.113.9", "8.8.8.8", "2001:db8::1", "localhost", "cafe", ""))
            .noneMatch(UntrustedProxyDetector::isPrivate);
    }

}
