package br.jus.tjes.cariacica.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.jus.tjes.cariacica.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public page in a real headless Chromium: no console error or CSP violation, no WCAG A/AA violation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTests extends BrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/a-vara", "/atendimento", "/servicos", "/servicos/certidoes", "/avisos",
            "/avisos/mutirao-conciliacao", "/perguntas-frequentes", "/pauta",
            "/consulta-processual?numero=0001234-45.2024.8.08.0012", "/busca?q=certidao",
            "/acessibilidade", "/privacidade"})
    void publicPageLoadsCleanlyAndPassesAxeAtPhoneAndDesktopWidths(String path) {
        for (int width : new int[] {360, 1280}) {
            browser.width(width);
            browser.open("http://localhost:" + port + path);
            browser.screenshot(name(path) + "-" + width);

            assertThat(browser.consoleErrors()).as("console errors on %s at %dpx", path, width).isEmpty();
            var violations = axeViolations();
            assertThat(violations).as("axe violations on %s at %dpx: %s", path, width, describe(violations)).isEmpty();
        }
    }

    /** Bad input answers 400 (which the browser logs), with the messages tied to their fields. */
    @ParameterizedTest
    @ValueSource(strings = {"/pauta?de=xx&tipo=zzz&processo=123", "/consulta-processual?numero=123"})
    void pagesWithInputErrorsPassAxe(String path) {
        for (int width : new int[] {360, 1280}) {
            browser.width(width);
            browser.open("http://localhost:" + port + path);
            browser.screenshot(name(path) + "-" + width);

            var violations = axeViolations();
            assertThat(violations).as("axe violations on %s at %dpx: %s", path, width, describe(violations)).isEmpty();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("[aria-invalid=true]")))
                    .as("fields marked invalid on %s", path).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pagina-que-nao-existe"})
    void errorPagesPassAxeToo(String path) {
        browser.width(1280);
        browser.open("http://localhost:" + port + path);
        browser.screenshot("erro-404-1280");

        var violations = axeViolations();
        assertThat(violations).as("axe violations: %s", describe(violations)).isEmpty();
        assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("h1")).getText())
                .isEqualTo("Página não encontrada");
    }

    private static String name(String path) {
        String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return name.isEmpty() ? "inicio" : name;
    }
}
