package br.jus.tjes.cariacica.browser;

import java.time.Duration;
import java.util.List;

import br.jus.tjes.cariacica.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every public page in a real headless Chromium, at phone and desktop widths: no console
 * error, no CSP violation, no WCAG 2.0/2.1 A or AA violation with the chat panel closed
 * and open; a screenshot of each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTests extends BrowserTest {

    @LocalServerPort
    int port;

    static final List<String> PUBLIC_PAGES = List.of("/", "/a-vara", "/atendimento", "/servicos", "/servicos/certidoes",
            "/avisos", "/avisos?pagina=2", "/avisos/mutirao-conciliacao", "/perguntas-frequentes", "/pauta",
            "/consulta-processual", "/consulta-processual?numero=0001234-45.2024.8.08.0012", "/busca",
            "/busca?q=certidao", "/acessibilidade", "/privacidade", "/assistente");

    static List<String> publicPages() {
        return PUBLIC_PAGES;
    }

    @ParameterizedTest
    @MethodSource("publicPages")
    void publicPageLoadsCleanlyAndPassesAxeAtPhoneAndDesktopWidthsWithTheChatPanelClosedAndOpen(String path) {
        for (int width : new int[] { 360, 1280 }) {
            String what = path + " at " + width + "px";
            browser.width(width);
            browser.open(url(path));
            browser.screenshot(name(path) + "-" + width);

            assertThat(browser.driver().executeScript("return document.documentElement.clientWidth;")).as("page width")
                .isEqualTo((long) width);
            assertThat(browser.horizontalOverflow()).as("sideways scrolling on %s", what).isZero();
            assertThat(browser.driver().findElements(By.tagName("h1"))).as("one h1 on %s", what).hasSize(1);
            assertNoConsoleErrorOrCspViolation(what);
            assertNoAxeViolations(what);
        }
        // The page as left at 1280 px; /assistente is the chat itself and has no panel.
        if (!path.equals("/assistente")) {
            openChatPanelWithTheKeyboard();
            assertNoConsoleErrorOrCspViolation(path + " with the chat panel open");
            assertNoAxeViolations(path + " with the chat panel open");
        }
    }

    /** WCAG 1.4.10 (reflow): at 320 CSS pixels no page scrolls sideways. */
    @Test
    void noPublicPageScrollsSidewaysAt320Pixels() {
        browser.width(320);
        for (String path : PUBLIC_PAGES) {
            browser.open(url(path));
            assertThat(browser.horizontalOverflow()).as("sideways scrolling on %s at 320px", path).isZero();
        }
    }

    /**
     * Bad input answers 400, which the browser logs for the document itself; nothing else
     * may be logged.
     */
    @ParameterizedTest
    @ValueSource(strings = { "/pauta?de=xx&tipo=zzz&processo=123", "/consulta-processual?numero=123",
            "/consulta-processual?numero=0001234-46.2024.8.08.0012", "/avisos?pagina=999" })
    void pagesWithInputErrorsTieTheMessageToTheFieldAndPassAxe(String path) {
        for (int width : new int[] { 360, 1280 }) {
            String what = path + " at " + width + "px";
            browser.width(width);
            browser.open(url(path));
            browser.screenshot(name(path) + "-" + width);

            assertThat(browser.cspViolations()).as("CSP violations on %s", what).isEmpty();
            assertThat(browser.consoleErrors()).as("console errors on %s", what)
                .allSatisfy((error) -> assertThat(error).startsWith(url(path) + " - Failed to load resource")
                    .contains("status of 400"));
            assertNoAxeViolations(what);
            var invalid = browser.driver().findElements(By.cssSelector("[aria-invalid=true]"));
            var alerts = browser.driver().findElements(By.cssSelector("[role=alert]"));
            assertThat(invalid.size() + alerts.size()).as("an error tied to a field, or announced, on %s", what)
                .isPositive();
            for (var field : invalid) {
                String describedBy = field.getAttribute("aria-describedby");
                assertThat(describedBy).as("aria-describedby of #%s", field.getAttribute("id")).isNotBlank();
                assertThat(browser.driver().findElement(By.id(describedBy.split(" ")[0])).getText()).isNotBlank();
            }
        }
    }

    @Test
    void theNotFoundPageIsPortugueseAndPassesAxe() {
        browser.width(1280);
        browser.open(url("/pagina-que-nao-existe"));
        browser.screenshot("erro-404-1280");

        assertNoAxeViolations("the 404 page");
        assertThat(browser.cspViolations()).isEmpty();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Página não encontrada");
    }

    /**
     * The checks above would see a violation: an inline script injected into a page is
     * refused and reported.
     */
    @Test
    void anInlineScriptIsRefusedByThePolicyAndCaughtByTheChecks() {
        browser.open(url("/"));
        browser.driver().executeScript("""
                var script = document.createElement('script');
                script.textContent = 'document.body.dataset.inline = "ran";';
                document.body.appendChild(script);""");

        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(browser.cspViolations()).singleElement()
                .asString()
                .startsWith("script-src-elem blocked inline"));
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-inline")).isNull();
        assertThat(browser.consoleErrors())
            .anySatisfy((error) -> assertThat(error).contains("Content Security Policy"));
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private static String name(String path) {
        String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return name.isEmpty() ? "inicio" : name;
    }

}
