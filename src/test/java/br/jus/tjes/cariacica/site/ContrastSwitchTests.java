package br.jus.tjes.cariacica.site;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The high-contrast mode works without JavaScript: a link sets a cookie, and the layout
 * adds a stylesheet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContrastSwitchTests {

    @LocalServerPort
    int port;

    @Test
    void theSwitchSetsALongLivedCookieAndReturnsToThePage() {
        var response = get(this.port, "/contraste?modo=alto&voltar=/pauta?tipo=CONCILIACAO");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/pauta?tipo=CONCILIACAO");
        assertThat(response.headers().firstValue("Set-Cookie"))
            .hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("contraste=alto")
                .contains("Max-Age=31536000", "Path=/", "SameSite=Lax"));
    }

    @Test
    void withTheCookieEveryPageAddsTheHighContrastStylesheetAndOffersToSwitchBack() {
        for (String path : new String[] { "/", "/avisos", "/pagina-inexistente" }) {
            String body = get(this.port, path, "Accept", "text/html", "Cookie", "contraste=alto").body();

            assertThat(body).as(path)
                .containsPattern("<link rel=\"stylesheet\" href=\"/css/alto-contraste-[0-9a-f]+\\.css\">")
                .contains("Contraste normal", "modo=normal");
        }
        String plain = get(this.port, "/", "Accept", "text/html").body();
        assertThat(plain).doesNotContain("alto-contraste")
            .contains("Alto contraste", "href=\"/contraste?modo=alto&amp;voltar=/\"");
    }

    @Test
    void switchingBackClearsTheCookie() {
        var response = get(this.port, "/contraste?modo=normal&voltar=/avisos");

        assertThat(response.headers().firstValue("Location")).hasValue("/avisos");
        assertThat(response.headers().firstValue("Set-Cookie"))
            .hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("contraste=").contains("Max-Age=0"));
    }

    @Test
    void theReturnAddressNeverLeavesTheSite() {
        for (String target : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example",
                "javascript:alert(1)", "/\t/evil.example", "/%09/evil.example", "/%2F/evil.example",
                "/\u00A0/evil.example" }) {
            var response = get(this.port, "/contraste?modo=alto&voltar="
                    + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));

            assertThat(response.headers().firstValue("Location")).as(target).hasValue("/");
        }
    }

}
