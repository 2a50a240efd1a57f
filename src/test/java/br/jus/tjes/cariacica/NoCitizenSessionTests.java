package br.jus.tjes.cariacica;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import br.jus.tjes.cariacica.support.WebClientSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crawler (or a citizen) walking every public page, the error page, the contrast switch
 * and the whole assistant without JavaScript leaves no server session behind: no row in
 * PostgreSQL, no session cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoCitizenSessionTests {

    private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Pattern MESSAGE_ID = Pattern.compile("name=\"mensagemId\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> setCookies = new ArrayList<>();

    @Test
    void crawlingEveryPublicPageAndTheAssistantWithoutJavaScriptCreatesNoServerSession() {
        int before = sessions();
        var paths = new LinkedHashSet<>(
                List.of("/", "/a-vara", "/atendimento", "/servicos", "/pauta", "/pauta?de=2026-01-01&ate=2026-12-31",
                        "/consulta-processual", "/consulta-processual?numero=0000000-00.0000.0.00.0000", "/avisos",
                        "/avisos?pagina=2", "/avisos/feed.xml", "/perguntas-frequentes", "/busca",
                        "/busca?q=certid%C3%A3o", "/acessibilidade", "/privacidade", "/robots.txt", "/sitemap.xml",
                        "/nao-existe", "/contraste?modo=alto&voltar=/pauta", "/assistente"));
        var sitemap = SITEMAP_LOC.matcher(get("/sitemap.xml", null).body());
        while (sitemap.find()) {
            paths.add(sitemap.group(1));
        }
        assertThat(paths).as("pages found in the sitemap too").hasSizeGreaterThan(25);
        for (String path : paths) {
            get(path, null);
        }

        var page = get("/assistente", null);
        String cookies = cookies(page);
        var asked = post("/assistente", "mensagem=" + encode("Como peço uma certidão?") + "&_csrf=" + csrf(page),
                cookies);
        assertThat(asked.statusCode()).isEqualTo(302);
        cookies = cookies + "; " + cookies(asked);
        var answered = get("/assistente", cookies);
        var messageId = MESSAGE_ID.matcher(answered.body());
        assertThat(messageId.find()).as("an answer to rate").isTrue();
        assertThat(post("/assistente/avaliar",
                "mensagemId=" + messageId.group(1) + "&util=true&_csrf=" + csrf(answered), cookies)
            .statusCode()).isEqualTo(302);
        assertThat(get("/assistente?obrigado", cookies).body()).contains("Obrigado pela avaliação.");
        assertThat(post("/assistente/apagar", "_csrf=" + csrf(answered), cookies).statusCode()).isEqualTo(302);
        assertThat(get("/assistente?apagada", cookies).body()).contains("A conversa foi apagada.");

        assertThat(sessions()).as("rows in spring_session").isEqualTo(before);
        assertThat(this.setCookies).isNotEmpty()
            .noneMatch((cookie) -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="));
    }

    private int sessions() {
        return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    private HttpResponse<String> get(String path, String cookies) {
        var builder = WebClientSupport.request(this.port, path).header("Accept", "text/html").GET();
        if (cookies != null) {
            builder.header("Cookie", cookies);
        }
        return keep(WebClientSupport.send(builder.build()));
    }

    private HttpResponse<String> post(String path, String form, String cookies) {
        return keep(WebClientSupport.send(WebClientSupport.request(this.port, path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .header("Cookie", cookies)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build()));
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        this.setCookies.addAll(response.headers().allValues("Set-Cookie"));
        return response;
    }

    private static String cookies(HttpResponse<String> response) {
        return String.join("; ",
                response.headers()
                    .allValues("Set-Cookie")
                    .stream()
                    .map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
                    .toList());
    }

    private static String csrf(HttpResponse<String> page) {
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF field in the form").isTrue();
        return encode(matcher.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
