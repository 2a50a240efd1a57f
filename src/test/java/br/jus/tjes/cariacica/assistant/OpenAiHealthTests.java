package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.support.WebClientSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class OpenAiHealthTests extends FakeOpenAiTestSupport {

    @Autowired
    OpenAiHealthIndicator indicator;

    @Autowired
    HealthEndpoint health;

    @Test
    void upWhenUpstreamListsItsModelsAndAHealthRequestNeverCallsUpstream() {
        OPENAI.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(okJson("""
                {"object":"list","data":[{"id":"modelo-de-teste","object":"model","created":1,"owned_by":"x"}]}""")));
        this.indicator.refresh();
        OPENAI.verify(1, getRequestedFor(urlPathEqualTo("/v1/models")));
        OPENAI.resetRequests();

        for (int i = 0; i < 20; i++) {
            assertThat(openai().getStatus().getCode()).isEqualTo("UP");
        }

        assertThat(openai().getDetails()).containsEntry("circuitBreaker", "CLOSED")
            .containsEntry("mode", "ai")
            .containsKey("latencyMs");
        OPENAI.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void degradedWhenUpstreamFailsAndTheSiteStillAnswers200() {
        OPENAI.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(aResponse().withStatus(503)));
        this.indicator.refresh();

        assertThat(openai().getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(openai().getDetails()).containsEntry("error", "http-503").containsEntry("mode", "knowledge-base");
        var response = WebClientSupport.get(port, "/actuator/health", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"DEGRADED\"").doesNotContain("DOWN");
    }

    @Test
    void degradedWithTheBreakerStateWhenTheCircuitIsOpenEvenIfTheModelsListAnswers() {
        OPENAI.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
        this.indicator.refresh();
        breaker().transitionToOpenState();

        assertThat(openai().getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(openai().getDetails()).containsEntry("circuitBreaker", "OPEN");
    }

    /**
     * Only these tests' own refreshes: the background one is stopped. It runs at
     * start-up, hourly here, and again whenever the test framework resumes this context
     * after pausing it for another test class's; {@code stop()} lets a refresh in flight
     * finish, so upstream has logged it before the requests are reset.
     */
    @org.junit.jupiter.api.BeforeEach
    void stopTheBackgroundRefresh() {
        this.indicator.stop();
        OPENAI.resetRequests();
    }

    private IndicatedHealthDescriptor openai() {
        return (IndicatedHealthDescriptor) this.health.healthForPath("openai");
    }

}
