package br.jus.tjes.cariacica.ops;

import java.net.http.HttpResponse;

import br.jus.tjes.cariacica.security.SiteHeaders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.ClassUtils;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

@OperationsTest
class HealthEndpointTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpointGroups groups;

    @Test
    void healthyApplicationReportsEveryNamedCheckUpToTheOperator() {
        var response = get(this.port, "/actuator/health", Operator.authorization());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode components = json(response).get("components");
        for (String check : new String[] { "environment", "staticFiles", "templates", "db", "schema", "routes" }) {
            assertThat(components.get(check)).as(check).isNotNull();
            assertThat(components.get(check).get("status").asString()).as(check).isEqualTo("UP");
        }
        assertThat(components.get("schema").get("details").get("pending").isEmpty()).isTrue();
        assertThat(components.get("staticFiles").get("details").get("checked").toString()).contains("/css/site.css");
        assertThat(components.get("environment").get("details").get("assistantMode").asString()).isIn("openai",
                "knowledge-base-only");
    }

    @Test
    void anonymousCallerSeesOnlyTheOverallStatus() {
        var response = get(this.port, "/actuator/health");

        JsonNode body = json(response);
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.has("components")).isFalse();
        assertThat(body.has("details")).isFalse();
        assertThat(response.body()).doesNotContain("schema", "jdbc", "court-pool");
    }

    @Test
    void readinessGroupHoldsTheDatabaseAndTheSchemaAndLivenessNothingExternal() {
        var readiness = json(get(this.port, "/readyz", Operator.authorization()));
        var liveness = json(get(this.port, "/livez", Operator.authorization()));

        assertThat(readiness.get("components").propertyNames()).containsExactlyInAnyOrder("db", "schema",
                "readinessState");
        assertThat(liveness.get("components").propertyNames()).containsExactly("livenessState");
        assertThat(get(this.port, "/readyz").statusCode()).isEqualTo(200);
        assertThat(json(get(this.port, "/livez")).has("components")).isFalse();
    }

    @Test
    void prometheusNeedsTheOperatorAndListsPoolHealthAndRequestMetrics() {
        assertThat(get(this.port, "/actuator/prometheus").statusCode()).isEqualTo(401);

        var response = get(this.port, "/actuator/prometheus", Operator.authorization());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("hikaricp_connections", "jvm_memory_used_bytes", "health_check_status{",
                "check=\"schema\"", "check=\"db\"", "check=\"routes\"", "court_requests_seconds",
                "http_server_requests_seconds");
        if (ClassUtils.isPresent("io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry", null)) {
            // Resilience4j arrives with the assistant; from then on its breakers are
            // scraped too.
            assertThat(response.body()).contains("resilience4j_circuitbreaker_state");
        }
    }

    @Test
    void degradedStatusKeepsTheInstanceInRotationWhileDownTakesItOut() {
        for (var group : new HealthEndpointGroup[] { this.groups.getPrimary(), this.groups.get("readiness") }) {
            var http = group.getHttpCodeStatusMapper();
            var aggregator = group.getStatusAggregator();
            assertThat(http.getStatusCode(new Status("DEGRADED"))).isEqualTo(200);
            assertThat(http.getStatusCode(Status.UP)).isEqualTo(200);
            assertThat(http.getStatusCode(Status.DOWN)).isEqualTo(503);
            assertThat(http.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
            assertThat(aggregator.getAggregateStatus(Status.UP, new Status("DEGRADED")))
                .isEqualTo(new Status("DEGRADED"));
            assertThat(aggregator.getAggregateStatus(new Status("DEGRADED"), Status.DOWN)).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void nothingElseOfActuatorIsExposed() {
        assertThat(get(this.port, "/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get(this.port, "/actuator/env", Operator.authorization()).statusCode()).isEqualTo(404);
        assertThat(get(this.port, "/actuator/beans", Operator.authorization()).statusCode()).isEqualTo(404);
    }

    @Test
    void actuatorResponsesCarryTheSiteSecurityHeaders() {
        var response = get(this.port, "/actuator/health");

        assertThat(response.headers().firstValue("Content-Security-Policy"))
            .hasValue(SiteHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

}
