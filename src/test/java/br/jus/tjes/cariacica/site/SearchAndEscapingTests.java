package br.jus.tjes.cariacica.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import br.jus.tjes.cariacica.content.ContentChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /busca over the sample content indexed at startup, and hostile text in content and
 * queries shown as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchAndEscapingTests {

    private static final String SCRIPT = "<script>alert('xss')</script>";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void anAccentlessQueryFindsTheAccentedServiceGuide() {
        String body = search("certidao de objeto e pe");

        assertThat(body).contains("href=\"/servicos/certidoes\"", "<mark>");
    }

    @Test
    void aMisspeltWordStillFindsItsPage() {
        assertThat(search("audiensias virtuas")).contains("href=\"/servicos/audiencias-virtuais\"");
    }

    @Test
    void aWholeQuestionFindsTheMatchingFaqFirst() {
        String body = search("O que acontece se eu faltar à audiência de conciliação?");

        assertThat(firstResultLink(body)).isEqualTo("/perguntas-frequentes#faltar-conciliacao");
    }

    @Test
    void pagesBuiltFromTheUnitAreSearchableToo() {
        assertThat(search("Defensoria 129 plantão")).contains("href=\"/atendimento\"");
        assertThat(search("divórcio pensão alimentícia")).contains("href=\"/perguntas-frequentes#divorcio-pensao\"");
    }

    @Test
    void aBlankQueryAsksForWordsAndABadPageNumberIsAMessage() {
        assertThat(get(this.port, "/busca?q=", "Accept", "text/html").body()).contains("Digite uma ou mais palavras");

        var response = get(this.port, "/busca?q=certidao&pagina=zero", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Esta página não existe", "id=\"erro-busca\"");
    }

    @Test
    void aScriptInTheQueryIsShownAsTextNeverRun() {
        var response = get(this.port, "/busca?q=" + encode(SCRIPT + " certidão"), "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(SCRIPT, "<script>alert")
            .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
    }

    @Test
    void aScriptInANoticeBodyIsShownAsTextOnItsPageInTheFeedAndInSearch() {
        String slug = "teste-escape-" + UUID.randomUUID().toString().substring(0, 8);
        this.jdbc.update("""
                insert into notice (slug, title, summary, body_md, published, published_at)
                values (?, ?, 'Resumo <b>negrito</b>', ?, true, now() - interval '1 minute')""", slug,
                "Aviso com " + SCRIPT, "Corpo zebrafrase " + SCRIPT + " fim.");
        try {
            this.context.publishEvent(new ContentChanged("test"));

            var page = get(this.port, "/avisos/" + slug, "Accept", "text/html").body();
            assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(", "zebrafrase");

            assertThat(get(this.port, "/avisos", "Accept", "text/html").body()).doesNotContain("<script>alert",
                    "<b>negrito");
            assertThat(get(this.port, "/avisos/feed.xml").body()).doesNotContain("<script>alert", "<b>negrito");
            assertThat(get(this.port, "/", "Accept", "text/html").body()).doesNotContain("<script>alert");

            String found = search("zebrafrase");
            assertThat(found).contains("href=\"/avisos/" + slug + "\"").doesNotContain("<script>alert");
        }
        finally {
            this.jdbc.update("delete from notice where slug = ?", slug);
            this.context.publishEvent(new ContentChanged("test"));
        }
    }

    @Test
    void aScriptInAFaqAnswerIsShownAsText() {
        String slug = "teste-escape-" + UUID.randomUUID().toString().substring(0, 8);
        this.jdbc.update("""
                insert into faq_entry (category_id, slug, question, answer_md, position)
                select id, ?, ?, ?, 999 from faq_category where slug = 'outros'""", slug, "Pergunta " + SCRIPT + "?",
                "Resposta " + SCRIPT + " [link](javascript:alert(1)).");
        try {
            this.context.publishEvent(new ContentChanged("test"));

            var body = get(this.port, "/perguntas-frequentes", "Accept", "text/html").body();
            assertThat(body).contains("id=\"" + slug + "\"", "&lt;script&gt;alert(")
                .doesNotContain("<script>alert", "javascript:alert");
        }
        finally {
            this.jdbc.update("delete from faq_entry where slug = ?", slug);
            this.context.publishEvent(new ContentChanged("test"));
        }
    }

    private String search(String query) {
        var response = get(this.port, "/busca?q=" + encode(query), "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String firstResultLink(String body) {
        int list = body.indexOf("<ol class=\"resultados\">");
        assertThat(list).as("results list").isPositive();
        int href = body.indexOf("href=\"", list) + 6;
        return body.substring(href, body.indexOf('"', href));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
