package br.jus.tjes.cariacica.site;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesTests {

    @LocalServerPort
    int port;

    @Test
    void probe() {
        for (String path : new String[] {"/", "/a-vara", "/atendimento", "/servicos", "/servicos/certidoes", "/avisos",
                "/avisos/mutirao-conciliacao", "/avisos/feed.xml", "/perguntas-frequentes", "/pauta",
                "/consulta-processual", "/busca?q=certidao", "/pauta?de=xx&tipo=zzz&pagina=9", "/consulta-processual?numero=0001234-56.2024.8.08.0012", "/avisos?pagina=abc", "/acessibilidade", "/privacidade", "/sitemap.xml",
                "/robots.txt", "/nao-existe"}) {
            var response = get(port, path, "Accept", "text/html");
            System.out.println("PROBE " + path + " " + response.statusCode() + " " + response.body().length());
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("/tmp/site-pages"));
                java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/site-pages/" + path.replaceAll("[^a-z0-9.]", "_") + ".html"), response.body());
            }
            catch (java.io.IOException ex) {
                throw new IllegalStateException(ex);
            }
            if (response.statusCode() >= 500) {
                System.out.println(response.body());
            }
        }
        assertThat(port).isPositive();
    }
}
