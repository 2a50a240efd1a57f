package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.assistant.CitizenChats.Reply;
import br.jus.tjes.cariacica.support.BrowserTest;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review pages in a real headless Chromium, logged in as an editor: no console error,
 * no WCAG A/AA violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssistantReviewBrowserTests extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void everyReviewPageLoadsCleanlyAndPassesAxe() {
        var citizen = new CitizenChats(this.port);
        String word = CitizenChats.nonsenseWord();
        Reply reply = citizen.ask("A vara está aberta hoje? " + word);
        citizen.rate(reply, false);
        citizen.ask(word + " " + CitizenChats.nonsenseWord());
        logIn(StaffTestAccounts.create(this.dataSource, "EDITOR"));
        String detail = "/admin/assistente/conversas/" + reply.conversationId();

        for (String path : List.of("/admin/assistente", "/admin/assistente?filtro=NAO_UTIL",
                "/admin/assistente?filtro=NADA", detail, detail + "/apagar",
                "/admin/assistente/perguntas?contem=" + word, "/admin/assistente/retencao")) {
            for (int width : new int[] { 360, 1280 }) {
                browser.width(width);
                browser.open(url(path));
                browser
                    .screenshot("revisao" + path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + width);

                assertThat(browser.consoleErrors()).as("console errors on %s at %dpx", path, width).isEmpty();
                var violations = axeViolations();
                assertThat(violations).as("axe violations on %s at %dpx: %s", path, width, describe(violations))
                    .isEmpty();
            }
        }
    }

    @Test
    void aRefusedRetentionShowsItsErrorTiedToTheFieldAndPassesAxe() {
        logIn(StaffTestAccounts.create(this.dataSource, "EDITOR"));
        browser.width(1280);
        browser.open(url("/admin/assistente/retencao"));
        var field = browser.driver().findElement(By.id("dias"));
        field.clear();
        field.sendKeys("0");
        browser.driver().findElement(By.cssSelector("main form.formulario button[type=submit]")).click();
        // The click returns before the refused form's page is loaded when the machine is
        // busy.
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("dias-erro")));

        assertThat(browser.driver().findElement(By.id("dias-erro")).getText()).contains("entre 1 e 3650");
        assertThat(browser.driver().findElement(By.id("dias")).getAttribute("aria-invalid")).isEqualTo("true");
        var violations = axeViolations();
        assertThat(violations).as("axe violations: %s", describe(violations)).isEmpty();
    }

    private void logIn(String username) {
        // A fresh session each time: the browser is shared by the tests of this class.
        browser.open(url("/admin/entrar"));
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/admin/entrar"));
        browser.driver().findElement(By.id("usuario")).sendKeys(username);
        browser.driver().findElement(By.id("senha")).sendKeys(StaffTestAccounts.PASSWORD);
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        // click() returns before the redirect after the login has been followed.
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(browser.driver().getCurrentUrl()).endsWith("/admin"));
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

}
