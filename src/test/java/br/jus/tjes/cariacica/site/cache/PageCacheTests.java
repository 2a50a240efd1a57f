package br.jus.tjes.cariacica.site.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import br.jus.tjes.cariacica.content.ContentChanged;
import br.jus.tjes.cariacica.security.SiteHeaders;
import br.jus.tjes.cariacica.support.WebClientSupport;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-page cache through the real server: what a hit sends, what never reaches the
 * cache, and how edits and conditional GETs are answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheTests {

    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
            "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy",
            "Cross-Origin-Resource-Policy", "X-XSS-Protection");

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PageCache cache;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startEmpty() {
        this.cache.clear();
    }

    @Test
    void aSecondAnonymousGetIsServedFromTheCacheWithTheSameBytesTheSecurityHeadersAndItsOwnRequestId() {
        var first = bytes("/a-vara", "Accept-Encoding", "identity");
        double hits = hits();

        var second = bytes("/a-vara", "Accept-Encoding", "identity");

        assertThat(hits()).as("served from the cache").isEqualTo(hits + 1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        for (String header : SECURITY_HEADERS) {
            assertThat(second.headers().allValues(header)).as(header)
                .isEqualTo(first.headers().allValues(header))
                .hasSize(1);
        }
        assertThat(second.headers().firstValue("Content-Security-Policy"))
            .hasValue(SiteHeaders.CONTENT_SECURITY_POLICY);
        assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(second.headers().allValues("X-Request-Id")).hasSize(1)
            .doesNotContainAnyElementsOf(first.headers().allValues("X-Request-Id"));
        assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aClientThatAcceptsGzipGetsTheStoredCompressedBytesOfTheSamePage() {
        var identity = bytes("/servicos", "Accept-Encoding", "identity");
        bytes("/servicos", "Accept-Encoding", "gzip, deflate, br");
        double hits = hits();

        var gzip = bytes("/servicos", "Accept-Encoding", "gzip, deflate, br");

        assertThat(hits()).isEqualTo(hits + 1);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Content-Length")).hasValue(Integer.toString(gzip.body().length));
        assertThat(gunzip(gzip.body())).isEqualTo(identity.body());
        assertThat(gzip.headers().firstValue("ETag")).isEqualTo(identity.headers().firstValue("ETag"));
        assertThat(gzip.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept-Encoding")
            .containsIgnoringCase("Cookie");
    }

    @Test
    void theContrastPreferenceIsPartOfTheKey() {
        bytes("/perguntas-frequentes", "Accept-Encoding", "identity");

        var contrast = text("/perguntas-frequentes", "Accept-Encoding", "identity", "Cookie", "contraste=alto");
        var normal = text("/perguntas-frequentes", "Accept-Encoding", "identity");

        assertThat(contrast).contains("/css/alto-contraste");
        assertThat(normal).doesNotContain("/css/alto-contraste");
    }

    @Test
    void sessionsOtherCookiesAuthorizationPostsTheApiAndQueriesAreNeverServedFromTheCache() {
        bytes("/", "Accept-Encoding", "identity");
        bytes("/", "Accept-Encoding", "identity");
        double hits = hits();

        bytes("/", "Accept-Encoding", "identity", "Cookie", "SESSION=" + UUID.randomUUID());
        bytes("/", "Accept-Encoding", "identity", "Cookie", "JSESSIONID=abc; contraste=alto");
        bytes("/", "Accept-Encoding", "identity", "Authorization", "Basic bm9ib2R5Om5vdGhpbmc=");
        WebClientSupport.send(WebClientSupport.request(this.port, "/")
            .header("Accept-Encoding", "identity")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
        bytes("/api/chat", "Accept-Encoding", "identity");
        bytes("/admin/entrar", "Accept-Encoding", "identity");
        bytes("/busca?q=certid%C3%A3o", "Accept-Encoding", "identity");
        bytes("/busca?q=certid%C3%A3o", "Accept-Encoding", "identity");

        assertThat(hits()).isEqualTo(hits);
    }

    @Test
    void staffPagesAndTheAssistantPageStayNoStoreAndCarryNoEntityTag() {
        for (String path : List.of("/admin/entrar", "/assistente")) {
            var response = bytes(path, "Accept-Encoding", "identity");
            assertThat(response.headers().firstValue("Cache-Control")).as(path)
                .hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
        }
    }

    @Test
    void anUnchangedPageAnswers304AndAChangedOneItsNewBody() {
        var first = bytes("/perguntas-frequentes", "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");

        var revalidated = bytes("/perguntas-frequentes", "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        assertThat(revalidated.headers().firstValue("X-Request-Id")).isPresent();

        String word = "etag" + Long.toString(System.nanoTime(), 36);
        Long id = insertQuestion(word);
        try {
            var changed = bytes("/perguntas-frequentes", "Accept-Encoding", "identity", "If-None-Match", etag);
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(new String(changed.body(), StandardCharsets.UTF_8)).contains(word);
            assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        }
        finally {
            deleteQuestion(id);
        }
    }

    @Test
    void aPageWithAQueryIsNotStoredButStillAnswersConditionalGets() {
        var first = bytes("/busca?q=certid%C3%A3o", "Accept-Encoding", "identity");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var revalidated = bytes("/busca?q=certid%C3%A3o", "Accept-Encoding", "identity", "If-None-Match", etag);

        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void anEditClearsTheStoredPages() {
        String word = "edit" + Long.toString(System.nanoTime(), 36);
        bytes("/perguntas-frequentes", "Accept-Encoding", "identity");
        assertThat(text("/perguntas-frequentes", "Accept-Encoding", "identity")).doesNotContain(word);

        Long id = insertQuestion(word);
        try {
            assertThat(text("/perguntas-frequentes", "Accept-Encoding", "identity")).contains(word);
        }
        finally {
            deleteQuestion(id);
        }
        assertThat(text("/perguntas-frequentes", "Accept-Encoding", "identity")).doesNotContain(word);
    }

    /**
     * What an edit does: the row, then {@link ContentChanged} (as every editor
     * publishes).
     */
    private Long insertQuestion(String word) {
        Long id = this.jdbc.queryForObject("""
                insert into faq_entry (category_id, slug, question, answer_md, position)
                values ((select min(id) from faq_category), ?, ?, 'Resposta', 999) returning id""", Long.class, word,
                "Pergunta " + word + "?");
        this.events.publishEvent(new ContentChanged("test"));
        return id;
    }

    private void deleteQuestion(Long id) {
        this.jdbc.update("delete from faq_entry where id = ?", id);
        this.events.publishEvent(new ContentChanged("test"));
    }

    private double hits() {
        return this.meters.get("cache.gets").tags("cache", "pages", "result", "hit").functionCounter().count();
    }

    private String text(String path, String... headers) {
        return new String(bytes(path, headers).body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) {
        var request = WebClientSupport.request(this.port, path).GET().headers(headers).build();
        try {
            return WebClientSupport.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
