package br.jus.tjes.cariacica.ops;

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
class UncaughtExceptionTests {

    @LocalServerPort
    int port;

    @Test
    void uncaughtExceptionOnAPageIsThePortugueseErrorPageAndOneLogLineWithTheRequestId(CapturedOutput output) {
        String id = "falha-pagina-" + System.nanoTime();

        var response = get(this.port, "/ops-teste/falha", "Accept", "text/html", "X-Request-Id", id);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Erro no sistema").doesNotContain(FailingController.SECRET_MESSAGE);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(id);
        await().untilAsserted(() -> assertThat(output.getOut()).contains("GET /ops-teste/falha 500 "));
        assertThat(output.getOut().lines().filter((line) -> line.contains("Erro não tratado em GET /ops-teste/falha")))
            .singleElement()
            .asString()
            .contains("[" + id + "]");
        assertThat(output.getOut()).doesNotContain("Servlet.service()");
    }

    @Test
    void uncaughtExceptionInTheApiIsProblemJsonInPortugueseAndCountedByType() {
        var response = get(this.port, "/api/ops-teste/falha", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Ocorreu um erro do nosso lado")
            .doesNotContain(FailingController.SECRET_MESSAGE, "IllegalStateException");

        var metrics = get(this.port, "/actuator/prometheus", Operator.authorization()).body();
        assertThat(metrics.lines().filter((line) -> line.startsWith("court_http_errors_total{")))
            .anySatisfy((line) -> assertThat(line).contains("kind=\"server\"", "status=\"500\"",
                    "exception=\"IllegalStateException\""));
    }

}
