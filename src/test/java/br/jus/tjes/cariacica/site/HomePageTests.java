package br.jus.tjes.cariacica.site;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageTests {

    @LocalServerPort
    int port;

    @Test
    void homePageRendersInPortugueseInsideTheLayout() {
        var response = get(this.port, "/", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
        assertThat(response.body()).contains("<html lang=\"pt-BR\"")
            .contains("href=\"#conteudo\"", "accesskey=\"1\"", "id=\"menu\"", "id=\"rodape\"")
            .contains("<h1>2ª Vara Cível de Cariacica</h1>")
            .contains("Pauta de audiências");
    }

    @Test
    void unknownPathGetsThePortugueseNotFoundPageWithStatus404() {
        var response = get(this.port, "/nao-existe/pagina", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Página não encontrada</h1>")
            .contains("<html lang=\"pt-BR\"")
            .doesNotContain("Exception", "at br.jus", "Whitelabel");
    }

    @Test
    void unknownApiPathGetsProblemJsonWithAPortugueseDetail() {
        var response = get(this.port, "/api/nao-existe", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404")
            .contains("\"title\":\"Página não encontrada\"")
            .doesNotContain("trace", "exception");
    }

}
