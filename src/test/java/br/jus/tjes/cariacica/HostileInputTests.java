package br.jus.tjes.cariacica;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.assistant.Redaction;
import br.jus.tjes.cariacica.support.BrowserUrls;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public form and query parameter, and the chat API, against hostile input over
 * real HTTP: never a 5xx, never markup shown back unescaped, API refusals as
 * problem+json, and a chat message stored exactly as sent (trimmed, CRLF as LF, personal
 * data masked) or refused. jqwik runs outside Spring's JUnit extension, so the server is
 * the cached context of Spring's test framework, fetched by hand (the same one other
 * tests use).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Pattern SET_COOKIE = Pattern.compile("(?im)^set-cookie:\\s*([^=;\\s]+)=([^;\\r\\n]*)");

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /**
     * Tomcat's limit on a request head: past it, not even the path is read, so nobody can
     * tell it was the API.
     */
    private static final int MAX_REQUEST_HEAD = 8 * 1024;

    /**
     * Every query parameter of the public pages, and pages that only echo their address
     * (the contrast link).
     */
    private static final List<String> QUERY_TARGETS = List.of("/busca?q=", "/busca?q=certid%C3%A3o&pagina=",
            "/consulta-processual?numero=", "/pauta?de=", "/pauta?ate=", "/pauta?tipo=", "/pauta?modo=",
            "/pauta?processo=", "/pauta?pagina=", "/avisos?pagina=", "/contraste?modo=", "/contraste?voltar=",
            "/?qualquer=", "/assistente?x=", "/perguntas-frequentes?x=", "/admin/entrar?erro&x=", "/avisos/",
            "/servicos/");

    private static int port;

    private static JdbcClient jdbc;

    @BeforeContainer
    static void server() throws Exception {
        var context = new TestContextManager(HostileInputTests.class).getTestContext().getApplicationContext();
        port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        jdbc = JdbcClient.create(context.getBean(DataSource.class));
    }

    @Property(tries = 100)
    void noQueryParameterFailsOrShowsMarkupBack(@ForAll("queryTargets") String target,
            @ForAll("hostile") String value) {
        var response = get(target + HostileInputs.percentEncoded(value));

        assertSafePage(response, value);
    }

    @Property(tries = 100)
    void everyDateParameterIsBoundedAndABadOneIsA400PageNeverA500(@ForAll("dateTargets") String target,
            @ForAll("hostileDates") String value) {
        var response = get(target + HostileInputs.percentEncoded(value));

        assertThat(response.status()).as(response.head()).isIn(200, 400);
        assertSafePage(response, value);
    }

    @Property(tries = 150)
    void theContrastReturnAddressNeverSendsABrowserOffTheSite(@ForAll("returnAddresses") String back) {
        var response = get("/contraste?voltar=" + HostileInputs.percentEncoded(back));

        // 400: refused before the controller (a path traversal in the query, say).
        assertThat(response.status()).as(response.head()).isIn(303, 400);
        if (response.status() == 303) {
            assertThat(BrowserUrls.staysOnSite(response.header("Location"))).as(response.head()).isTrue();
        }
    }

    @Property(tries = 30)
    void multipartBodiesAreRefusedEverywhereButTheStaffImport(@ForAll("queryTargets") String target,
            @ForAll("hostile") String content) {
        String path = target.substring(0, (target.indexOf('?') < 0) ? target.length() : target.indexOf('?'));
        byte[] body = ("--x\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"a.csv\"\r\n\r\n" + content
                + "\r\n--x--\r\n")
            .getBytes(StandardCharsets.UTF_8);

        var response = RawExchange.send(port, "POST", path.isEmpty() ? "/" : path,
                "Accept: text/html\r\nContent-Type: multipart/form-data; boundary=x\r\nX-Forwarded-For: "
                        + nextAddress() + "\r\n",
                body);

        assertThat(response.status()).as(response.head()).isEqualTo(415);
        assertSafePage(response, content);
    }

    @Property(tries = 60)
    void bytesThatAreNotUtf8InAQueryAreRefusedOrReadSafely(@ForAll("queryTargets") String target,
            @ForAll("invalidUtf8") byte[] value, @ForAll boolean percentEncoded) {
        String encoded = percentEncoded ? HostileInputs.percentEncoded(value)
                : new String(value, StandardCharsets.ISO_8859_1).replace(' ', '+');

        var response = get(target + encoded);

        assertThat(response.status()).as(response.head()).isBetween(200, 499);
        assertThat(response.body()).doesNotContain("<script>alert", "<img src=x", "<svg/onload");
    }

    @Property(tries = 40)
    void theAssistantFormRefusesOrAcceptsHostileMessagesWithoutShowingThemUnescaped(@ForAll("hostile") String message) {
        var form = new Form("/assistente");

        var posted = form.post("/assistente", "mensagem=" + HostileInputs.percentEncoded(message));

        assertThat(posted.status()).as(posted.head()).isIn(302, 303, 400, 413);
        assertSafePage(posted, message);
        if (posted.status() != 400 && posted.status() != 413) {
            assertThat(posted.header("Location")).endsWith("/assistente#resposta");
            assertSafePage(form.get("/assistente"), message);
        }
    }

    @Property(tries = 50)
    void bytesThatAreNotUtf8InAFormAreRefusedWithTheErrorPage(@ForAll("formPages") String page,
            @ForAll("invalidUtf8") byte[] value) {
        var form = new Form(page);
        String field = page.equals("/assistente") ? "mensagem=" : "usuario=x&senha=";

        var posted = form.post(page, field + HostileInputs.percentEncoded(value));

        assertThat(posted.status()).as(posted.head()).isEqualTo(400);
        assertThat(posted.header("Content-Type")).startsWith("text/html");
        assertSafePage(posted, "");
    }

    @Property(tries = 50)
    void theAssistantRatingFormIgnoresOrRefusesHostileFields(@ForAll("hostile") String id,
            @ForAll("hostile") String useful) {
        var form = new Form("/assistente");

        var posted = form.post("/assistente/avaliar",
                "mensagemId=" + HostileInputs.percentEncoded(id) + "&util=" + HostileInputs.percentEncoded(useful));

        assertThat(posted.status()).as(posted.head()).isIn(302, 303, 400, 413);
        assertSafePage(posted, id);
        assertSafePage(posted, useful);
    }

    @Property(tries = 30)
    void theStaffLoginFormRefusesHostileCredentialsWithItsOwnMessage(@ForAll("hostile") String username,
            @ForAll("hostile") String password) {
        var form = new Form("/admin/entrar");

        var posted = form.post("/admin/entrar", "usuario=" + HostileInputs.percentEncoded(username) + "&senha="
                + HostileInputs.percentEncoded(password));

        assertThat(posted.status()).as(posted.head()).isIn(302, 400, 413);
        if (posted.status() == 302) {
            assertThat(posted.header("Location")).endsWith("/admin/entrar?erro");
        }
        assertSafePage(posted, username);
    }

    @Property(tries = 100)
    void theChatApiStoresExactlyWhatWasSentOrRefusesItAsAProblem(@ForAll("hostile") String message) {
        var response = post("/api/chat", "{\"message\":" + json(message) + "}");

        if (response.status() != 200) {
            assertProblem(response);
            return;
        }
        JsonNode reply = JSON.readTree(response.body());
        String id = reply.get("conversationId").asString();
        String token = reply.get("conversationToken").asString();
        var history = RawExchange.send(port, "GET", "/api/chat/" + id,
                "Accept: application/json\r\nX-Conversation-Token: " + token + "\r\n", new byte[0]);
        assertThat(history.status()).isEqualTo(200);
        JsonNode question = JSON.readTree(history.body()).get("messages").get(0);
        String expected = Redaction.of(message.replace("\r\n", "\n").strip());
        assertThat(question.get("role").asString()).isEqualTo("citizen");
        assertThat(question.get("text").asString())
            .as("stored %s, sent %s", json(question.get("text").asString()), json(message))
            .isEqualTo(expected);
        assertThat(RawExchange
            .send(port, "DELETE", "/api/chat/" + id, "X-Conversation-Token: " + token + "\r\n", new byte[0])
            .status()).isEqualTo(204);
    }

    @Property(tries = 50)
    void aChatBodyThatIsNotUtf8IsRefusedAsAProblem(@ForAll("invalidUtf8") byte[] message) {
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes("{\"message\":\"".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(message);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

        var response = post("/api/chat", body.toByteArray());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertProblem(response);
    }

    @Property(tries = 60)
    void hostileIdentifiersAndTokensAreRefusedAsProblems(@ForAll("hostile") String segment,
            @ForAll("headerValues") String token, @ForAll("apiCalls") String call) {
        String path = call.replace("{x}", HostileInputs.percentEncoded(segment))
            .replace("{uuid}", UUID.randomUUID().toString());
        String method = call.startsWith("DELETE") ? "DELETE" : call.startsWith("POST") ? "POST" : "GET";
        String headers = "Accept: application/json\r\nContent-Type: application/json\r\nX-Conversation-Token: " + token
                + "\r\nX-Forwarded-For: " + nextAddress() + "\r\n";
        byte[] body = method.equals("POST") ? "{\"useful\":true,\"message\":\"oi\"}".getBytes(StandardCharsets.UTF_8)
                : new byte[0];

        String target = path.substring(path.indexOf(' ') + 1);

        var response = RawExchange.send(port, method, target, headers, body);

        assertThat(response.status()).as(response.head()).isBetween(400, 499);
        if (target.length() < MAX_REQUEST_HEAD) {
            assertProblem(response);
        }
    }

    @Property(tries = 50)
    void aRatingCommentIsStoredMaskedOrRefusedAsAProblem(@ForAll("hostile") String comment) {
        var opened = post("/api/chat", "{\"message\":\"Qual o horário de atendimento?\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        JsonNode reply = JSON.readTree(opened.body());
        String id = reply.get("conversationId").asString();
        String token = reply.get("conversationToken").asString();
        String answer = reply.get("messageId").asString();

        var rated = RawExchange.send(port, "POST", "/api/chat/" + id + "/messages/" + answer + "/feedback",
                "Content-Type: application/json\r\nAccept: application/json\r\nX-Conversation-Token: " + token + "\r\n",
                ("{\"useful\":false,\"comment\":" + json(comment) + "}").getBytes(StandardCharsets.UTF_8));

        if (rated.status() == 204) {
            String stored = jdbc.sql("select feedback_comment from assistant_message where id = ?")
                .param(UUID.fromString(answer))
                .query(String.class)
                .optional()
                .orElse(null);
            String expected = comment.isBlank() ? null : Redaction.of(comment.replace("\r\n", "\n").strip());
            assertThat(stored).isEqualTo(expected);
        }
        else {
            assertProblem(rated);
        }
        RawExchange.send(port, "DELETE", "/api/chat/" + id, "X-Conversation-Token: " + token + "\r\n", new byte[0]);
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileInputs.text();
    }

    @Provide
    Arbitrary<String> dateTargets() {
        return Arbitraries.of("/pauta?de=", "/pauta?ate=", "/pauta?de=2027-01-01&ate=", "/pauta?ate=2027-01-01&de=");
    }

    /**
     * Dates as ISO text with years of any size and sign (LocalDate reads up to
     * &plusmn;999,999,999), impossible months and days, and hostile text.
     */
    @Provide
    Arbitrary<String> hostileDates() {
        Arbitrary<String> isoLike = Combinators
            .combine(Arbitraries.of("", "+", "-"), Arbitraries.longs().between(0, 999_999_999_999L),
                    Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
            .as((sign, year, month, day) -> String.format("%s%04d-%02d-%02d", sign, year, month, day));
        return Arbitraries.oneOf(isoLike,
                Arbitraries.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01", "1999-12-31",
                        "2200-01-01", "2199-12-31", "2000-01-01"),
                Arbitraries.of(HostileInputs.ATTACKS), Arbitraries.strings().all().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> returnAddresses() {
        return Arbitraries.oneOf(BrowserUrls.hostileReturnAddresses(), HostileInputs.text());
    }

    @Provide
    Arbitrary<byte[]> invalidUtf8() {
        return HostileInputs.invalidUtf8();
    }

    @Provide
    Arbitrary<String> formPages() {
        return Arbitraries.of("/assistente", "/admin/entrar");
    }

    @Provide
    Arbitrary<String> queryTargets() {
        return Arbitraries.of(QUERY_TARGETS);
    }

    @Provide
    Arbitrary<String> apiCalls() {
        return Arbitraries.of("GET /api/chat/{x}", "DELETE /api/chat/{x}", "GET /api/chat/{uuid}",
                "DELETE /api/chat/{uuid}", "POST /api/chat/{uuid}/messages/{x}/feedback",
                "POST /api/chat/{x}/messages/{uuid}/feedback", "POST /api/chat/{uuid}/messages/{uuid}/feedback");
    }

    /**
     * What can travel in a header line at all: any byte but CR and LF (Tomcat reads them
     * as ISO-8859-1).
     */
    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries
            .oneOf(Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(100),
                    Arbitraries.of(HostileInputs.ATTACKS)
                        .map((s) -> new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)))
            .map((s) -> s.replace("\r", "").replace("\n", ""));
    }

    private static RawExchange get(String target) {
        return RawExchange.send(port, "GET", target, "Accept: text/html\r\nX-Forwarded-For: " + nextAddress() + "\r\n",
                new byte[0]);
    }

    private static RawExchange post(String path, String json) {
        return post(path, json.getBytes(StandardCharsets.UTF_8));
    }

    private static RawExchange post(String path, byte[] json) {
        return RawExchange.send(port, "POST", path, "Content-Type: application/json\r\nAccept: application/json\r\n"
                + "X-Forwarded-For: " + nextAddress() + "\r\n", json);
    }

    /**
     * A client address of its own per request, through the trusted local proxy: no rate
     * limit is shared.
     */
    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250 % 250 + 1) + "." + (n % 250 + 1);
    }

    private static void assertSafePage(RawExchange response, String payload) {
        assertThat(response.status()).as(response.head()).isBetween(200, 499);
        for (String markup : HostileInputs.MARKUP) {
            assertThat(response.body()).doesNotContain(markup);
        }
        if (HostileInputs.needsEscaping(payload)) {
            assertThat(response.body()).doesNotContain(payload.strip());
        }
        assertThat(response.header("Location")).doesNotContain("\r", "\n")
            .doesNotStartWith("//")
            .doesNotContain("evil.example");
        if (!response.header("Location").isEmpty()) {
            assertThat(BrowserUrls.staysOnSite(response.header("Location"))).as(response.head()).isTrue();
        }
        assertThat(response.head()).doesNotContainIgnoringCase("set-cookie: hacked");
    }

    private static void assertProblem(RawExchange response) {
        assertThat(response.status()).as(response.head()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).as(response.head()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).isNotBlank();
    }

    /**
     * A JSON string with everything but printable ASCII as \\uXXXX, so even a lone
     * surrogate arrives as sent.
     */
    private static String json(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            }
            else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * A browser on one form page: its cookies (the staff session, or the citizen form's
     * CSRF and conversation cookies), the form's CSRF token, its own client address.
     */
    private static final class Form {

        private final String address = nextAddress();

        private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

        private final String csrf;

        Form(String page) {
            var response = keep(RawExchange.send(port, "GET", page,
                    "Accept: text/html\r\nX-Forwarded-For: " + this.address + "\r\n", new byte[0]));
            var token = CSRF.matcher(response.body());
            assertThat(!this.cookies.isEmpty() && token.find()).as(response.head()).isTrue();
            this.csrf = token.group(1);
        }

        RawExchange post(String path, String fields) {
            return keep(RawExchange.send(port, "POST", path,
                    headers() + "Content-Type: application/x-www-form-urlencoded\r\n",
                    (fields + "&_csrf=" + HostileInputs.percentEncoded(this.csrf))
                        .getBytes(StandardCharsets.ISO_8859_1)));
        }

        RawExchange get(String path) {
            return keep(RawExchange.send(port, "GET", path, headers(), new byte[0]));
        }

        private RawExchange keep(RawExchange response) {
            var cookie = SET_COOKIE.matcher(response.head());
            while (cookie.find()) {
                this.cookies.put(cookie.group(1), cookie.group(2));
            }
            return response;
        }

        private String headers() {
            var header = new StringBuilder();
            this.cookies.forEach((name,
                    value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            return "Accept: text/html\r\nX-Forwarded-For: " + this.address + "\r\nCookie: " + header + "\r\n";
        }

    }

}
