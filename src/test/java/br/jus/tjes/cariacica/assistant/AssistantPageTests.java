package br.jus.tjes.cariacica.assistant;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import br.jus.tjes.cariacica.support.WebClientSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** /assistente without JavaScript, and the chat panel every page carries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssistantPageTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void everyPageCarriesTheChatPanelWithItsDisclaimerAndALinkThatWorksWithoutJavaScript() {
        var home = WebClientSupport.get(this.port, "/", "Accept", "text/html");

        assertThat(home.body()).contains("id=\"assistente-abrir\"", "href=\"/assistente\"", "aria-live=\"polite\"")
            .contains("Este é um assistente automático", "não dá orientação jurídica", "Não digite dados pessoais")
            .containsPattern("<script src=\"/js/assistente-[0-9a-f]+\\.js\" defer></script>")
            .doesNotContain("<script>", "style=\"", "onclick");
    }

    @Test
    void theAssistantPageIsAPlainFormThatAnswersAfterARedirect() {
        var page = WebClientSupport.get(this.port, "/assistente", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains("<h1>Assistente virtual</h1>", "<label for=\"assistente-mensagem\"", "name=\"mensagem\"",
                    "Balcão Virtual")
            .doesNotContain("id=\"assistente-abrir\"");
        var cookies = new Cookies().keep(page);
        String csrf = csrf(page.body());

        var posted = postForm("/assistente", "mensagem=" + encode("A vara está aberta hoje?") + "&_csrf=" + csrf,
                cookies.header());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location"))
            .hasValueSatisfying((location) -> assertThat(location).endsWith("/assistente#resposta"));
        cookies.keep(posted);

        var answered = WebClientSupport.get(this.port, "/assistente", "Accept", "text/html", "Cookie",
                cookies.header());
        assertThat(answered.body())
            .contains("A vara está aberta hoje?", "Agora (", "Esta resposta foi útil?", "href=\"/atendimento\"",
                    "Apagar a conversa")
            // Answered from the court's data: no note that the model is unavailable.
            .doesNotContain("a inteligência artificial não está disponível");

        var erased = postForm("/assistente/apagar", "_csrf=" + csrf(answered.body()), cookies.header());
        assertThat(erased.statusCode()).isEqualTo(302);
        cookies.keep(erased);
        String location = erased.headers().firstValue("Location").orElseThrow();
        var after = WebClientSupport.get(this.port, location.substring(location.indexOf("/assistente")), "Accept",
                "text/html", "Cookie", cookies.header());
        assertThat(after.body()).contains("A conversa foi apagada.").doesNotContain("A vara está aberta hoje?");
    }

    @Test
    void theConversationAndTheCsrfTokenLiveInCookiesOfThePageNeverInAServerSession() {
        var page = WebClientSupport.get(this.port, "/assistente", "Accept", "text/html");
        var posted = postForm("/assistente",
                "mensagem=" + encode("Qual o horário do balcão?") + "&_csrf=" + csrf(page.body()),
                new Cookies().keep(page).header());

        var setCookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
        setCookies.addAll(posted.headers().allValues("Set-Cookie"));
        assertThat(setCookies).noneMatch((cookie) -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="))
            .anyMatch((cookie) -> cookie.startsWith("assistente-csrf="))
            .anyMatch((cookie) -> cookie.startsWith("assistente-conversa="))
            .allMatch((cookie) -> cookie.contains("Path=/assistente") && cookie.contains("HttpOnly"));
    }

    @Test
    void anEmptyQuestionIsRefusedOnThePageWithTheErrorTiedToTheField() {
        var page = WebClientSupport.get(this.port, "/assistente", "Accept", "text/html");

        var refused = postForm("/assistente", "mensagem=++&_csrf=" + csrf(page.body()),
                new Cookies().keep(page).header());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Escreva sua pergunta antes de enviar.", "aria-invalid=\"true\"",
                "aria-describedby=\"assistente-mensagem-dica assistente-mensagem-erro\"");
    }

    @Test
    void thePageFormNeedsItsCsrfToken() {
        var refused = postForm("/assistente", "mensagem=" + encode("Qual o horário?"), null);

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> postForm(String path, String form, String cookie) {
        var builder = WebClientSupport.request(this.port, path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .header("X-Forwarded-For", ChatHttp.newClientAddress())
            .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return WebClientSupport.send(builder.build());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the form").isTrue();
        return encode(matcher.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What a browser keeps between requests: the last value of every cookie set. */
    private static final class Cookies {

        private final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();

        Cookies keep(HttpResponse<String> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.substring(0, header.indexOf(';'));
                int equals = pair.indexOf('=');
                if (header.contains("Max-Age=0")) {
                    this.values.remove(pair.substring(0, equals));
                }
                else {
                    this.values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
            return this;
        }

        String header() {
            var header = new StringBuilder();
            this.values.forEach((name,
                    value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            return header.isEmpty() ? null : header.toString();
        }

    }

}
