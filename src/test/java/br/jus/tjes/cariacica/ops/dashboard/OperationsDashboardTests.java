package br.jus.tjes.cariacica.ops.dashboard;

import br.jus.tjes.cariacica.ops.OperationsTest;
import br.jus.tjes.cariacica.ops.Operator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

@OperationsTest
class OperationsDashboardTests {

    @LocalServerPort
    int port;

    @Test
    void dashboardNeedsAnOperator() {
        var response = get(this.port, "/admin/operacoes", "Accept", "text/html");

        // A browser without a login is sent to the staff login form (a monitor sending
        // credentials uses basic).
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
            .hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/entrar"));
        assertThat(response.body()).doesNotContain("hikari", "schema");
    }

    @Test
    void operatorSeesEveryCheckWithDetailsTrafficAndPoolInPortuguese() {
        get(this.port, "/", "Accept", "text/html");

        var response = get(this.port, "/admin/operacoes", Operator.authorization()[0], Operator.authorization()[1],
                "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("<h1>Operações</h1>", "Verificações de saúde", "Tráfego nos últimos 5 minutos",
                "Conexões com o banco de dados", "court-pool");
        for (String check : new String[] { "environment", "staticFiles", "templates", "db", "schema", "routes" }) {
            assertThat(page).contains("data-check=\"" + check + "\"");
        }
        assertThat(page).contains("knowledge-base-only", "/css/site.css");
        // Numbers in Brazilian notation: the p95 of the requests just made, and the error
        // percentages.
        assertThat(page).containsPattern("\\d+,\\d ms").containsPattern("\\d+,\\d\\d %");
        // No Resilience4j and no assistant on this branch: said plainly, not hidden.
        assertThat(page).contains("não disponível");
        assertThat(page).doesNotContain("style=");
    }

}
