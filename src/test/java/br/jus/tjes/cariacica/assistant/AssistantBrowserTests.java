package br.jus.tjes.cariacica.assistant;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import br.jus.tjes.cariacica.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat panel in a real browser, driven by the keyboard only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssistantBrowserTests extends BrowserTest {

    @LocalServerPort
    int port;

    @Test
    void thePanelOpensFromTheKeyboardAnnouncesTheAnswerWithItsSourcesAndGivesFocusBackWhenClosed() {
        browser.width(1280);
        browser.open("http://localhost:" + port + "/");
        var driver = browser.driver();
        WebElement opener = driver.findElement(By.id("assistente-abrir"));
        assertThat(opener.getAttribute("aria-expanded")).isEqualTo("false");

        opener.sendKeys(Keys.ENTER);

        WebElement input = driver.findElement(By.id("assistente-painel-mensagem"));
        assertThat(driver.findElement(By.id("assistente-painel")).isDisplayed()).isTrue();
        assertThat(opener.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.switchTo().activeElement()).isEqualTo(input);
        assertThat(axeViolations()).isEmpty();

        input.sendKeys("A vara está aberta hoje?");
        input.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        WebElement log = driver.findElement(By.cssSelector("[data-assistente-conversa]"));
        assertThat(log.getAttribute("aria-live")).isEqualTo("polite");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("[data-assistente-conversa] .msg-assistente")).isEmpty());
        WebElement answer = log.findElement(By.cssSelector(".msg-assistente"));
        assertThat(answer.getText()).contains("Encontrei estas informações", "páginas do site", "Esta resposta foi útil?");
        assertThat(answer.findElement(By.cssSelector(".assistente__fontes a")).getAttribute("href"))
                .endsWith("/atendimento");
        browser.screenshot("assistente-painel-1280");

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);

        assertThat(driver.findElement(By.id("assistente-painel")).isDisplayed()).isFalse();
        assertThat(driver.switchTo().activeElement()).isEqualTo(opener);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theAssistantPagePassesAxeAtPhoneWidth() {
        browser.width(360);
        browser.open("http://localhost:" + port + "/assistente");

        assertThat(axeViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("assistente-pagina-360");
    }
}
