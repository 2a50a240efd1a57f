package br.jus.tjes.cariacica.ops.requests;

import br.jus.tjes.cariacica.ops.OperationsTest;
import br.jus.tjes.cariacica.ops.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OperationsTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTests {

    @LocalServerPort
    int port;

    @Test
    void validIncomingIdComesBackAndIsOnTheRequestsLogLine(CapturedOutput output) {
        String id = "monitor-" + System.nanoTime();

        var response = get(this.port, "/?origem=teste", "X-Request-Id", id);

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(id);
        await().untilAsserted(
                () -> assertThat(output.getOut().lines().filter((line) -> line.contains("GET /?origem=… 200 ")))
                    .anySatisfy((line) -> assertThat(line).contains("[" + id + "]", "requestId=" + id)));
    }

    @Test
    void invalidIncomingIdIsReplacedAndTheNewOneIsLogged(CapturedOutput output) {
        String tooLong = "x".repeat(65);

        var response = get(this.port, "/", "X-Request-Id", tooLong);

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[A-Za-z0-9-]{8,64}").isNotEqualTo(tooLong);
        await().untilAsserted(() -> assertThat(output.getOut()).contains("requestId=" + id));
        assertThat(output.getOut()).doesNotContain(tooLong);
    }

    @Test
    void clientErrorsAreCountedByStatusInTheMetrics() {
        get(this.port, "/pagina-que-nao-existe-ops", "Accept", "text/html");

        var metrics = get(this.port, "/actuator/prometheus", Operator.authorization()).body();

        assertThat(metrics.lines().filter((line) -> line.startsWith("court_http_errors_total{")))
            .anySatisfy((line) -> assertThat(line).contains("kind=\"client\"", "status=\"404\""));
    }

}
