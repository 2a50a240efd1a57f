package br.jus.tjes.cariacica.assistant;

import java.util.Map;

import br.jus.tjes.cariacica.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat panel in a real browser, driven by the keyboard only. Tests have no OpenAI
 * key, so the assistant answers in knowledge-base mode and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssistantBrowserTests extends BrowserTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void freshVisitor() {
        browser.width(1280);
        browser.open(url("/"));
        browser.driver().executeScript("window.sessionStorage.clear();");
        browser.open(url("/"));
    }

    @Test
    void aCitizenAsksReadsTheSourcesRatesTheAnswerAndErasesTheConversationWithTheKeyboardOnly() {
        var driver = browser.driver();
        WebElement input = openChatPanelWithTheKeyboard();
        WebElement log = driver.findElement(By.cssSelector("[data-assistente-conversa]"));
        WebElement status = driver.findElement(By.cssSelector("[data-assistente-estado]"));
        assertThat(log.getAttribute("role")).isEqualTo("log");
        assertThat(log.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(status.getAttribute("role")).isEqualTo("status");

        // An empty question is refused in place, announced, and the focus stays in the
        // field.
        input.sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Perguntar");
        active().sendKeys(Keys.ENTER);
        waitUpTo(10)
            .until(ExpectedConditions.textToBePresentInElement(status, "Escreva sua pergunta antes de enviar."));
        assertThat(active()).isEqualTo(input);
        assertNoAxeViolations("the chat panel refusing an empty question");

        input.sendKeys("A vara está aberta hoje?");
        input.sendKeys(Keys.TAB);
        active().sendKeys(Keys.ENTER);

        waitUpTo(30).until((d) -> !log.findElements(By.cssSelector(".msg-assistente")).isEmpty());
        assertThat(log.findElement(By.cssSelector(".msg-cidadao")).getText()).contains("A vara está aberta hoje?");
        WebElement answer = log.findElement(By.cssSelector(".msg-assistente"));
        // Answered from the court's data: no note that the model is unavailable.
        assertThat(answer.getText()).contains("Agora (", "Fontes", "Esta resposta foi útil?")
            .doesNotContain("a inteligência artificial não está disponível");
        assertThat(answer.findElements(By.cssSelector(".assistente__fontes a")))
            .anySatisfy((source) -> assertThat(source.getAttribute("href")).endsWith("/atendimento"));
        waitUpTo(10).until((d) -> status.getText().isEmpty());
        assertThat(active()).as("focus back in the question field").isEqualTo(input);
        assertThat(input.getAttribute("value")).isEmpty();
        browser.screenshot("assistente-painel-1280");
        assertNoAxeViolations("the chat panel with an answer");

        // The rating buttons come right before the field: Não, then Sim.
        input.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        active().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(active().getText()).isEqualTo("Sim");
        active().sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElement(answer, "Obrigado pela avaliação."));
        assertThat(status.getText()).isEqualTo("Obrigado pela avaliação.");
        assertThat(answer.findElements(By.tagName("button"))).isEmpty();
        assertThat(active()).as("focus after rating").isEqualTo(input);

        // The conversation, with its rating, follows the citizen to another page of the
        // site.
        Map<?, ?> saved = conversation();
        driver.findElement(By.linkText("A Vara")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.urlContains("/a-vara"));
        input = openChatPanelWithTheKeyboard();
        WebElement again = driver.findElement(By.cssSelector("[data-assistente-conversa]"));
        waitUpTo(10).until((d) -> !again.findElements(By.cssSelector(".msg-assistente")).isEmpty());
        assertThat(again.getText()).contains("A vara está aberta hoje?", "Agora (")
            .doesNotContain("Esta resposta foi útil?");

        // Erase: Tab past "Perguntar" to "Apagar a conversa".
        input.sendKeys(Keys.TAB);
        active().sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Apagar a conversa");
        active().sendKeys(Keys.ENTER);
        WebElement erasedStatus = driver.findElement(By.cssSelector("[data-assistente-estado]"));
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElement(erasedStatus, "A conversa foi apagada."));
        assertThat(again.findElements(By.cssSelector(".assistente__msg"))).isEmpty();
        assertThat(active().getAttribute("id")).isEqualTo("assistente-painel-titulo");
        assertThat(conversation()).isNull();
        var gone = ChatHttp.get(this.port, "/api/chat/" + saved.get("id"), "Accept", "application/json",
                "X-Conversation-Token", (String) saved.get("token"));
        assertThat(gone.statusCode()).as("the erased conversation on the server").isEqualTo(404);

        // Escape closes the panel and gives the focus back to the button that opened it.
        active().sendKeys(Keys.ESCAPE);
        assertThat(driver.findElement(By.id("assistente-painel")).isDisplayed()).isFalse();
        WebElement openerNow = driver.findElement(By.id("assistente-abrir"));
        assertThat(openerNow.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(active()).isEqualTo(openerNow);
        assertNoConsoleErrorOrCspViolation("the chat panel");
    }

    /**
     * Without JavaScript the assistant is a form; a blank question comes back with the
     * error tied to the field.
     */
    @Test
    void theAssistantPageRefusesABlankQuestionWithTheErrorTiedToTheField() {
        browser.width(360);
        browser.open(url("/assistente"));
        WebElement field = browser.driver().findElement(By.id("assistente-mensagem"));
        field.sendKeys("   ");
        field.findElement(By.xpath("ancestor::form//button[@type='submit']")).sendKeys(Keys.ENTER);

        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("assistente-mensagem-erro")));
        WebElement refused = browser.driver().findElement(By.id("assistente-mensagem"));
        assertThat(refused.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(refused.getAttribute("aria-describedby")).contains("assistente-mensagem-erro");
        assertThat(browser.driver().findElement(By.id("assistente-mensagem-erro")).getText())
            .isEqualTo("Escreva sua pergunta antes de enviar.");
        browser.screenshot("assistente-erro-360");
        assertNoAxeViolations("the assistant page with a refused question");
        assertThat(browser.cspViolations()).isEmpty();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private Map<?, ?> conversation() {
        Object saved = browser.driver()
            .executeScript("return JSON.parse(window.sessionStorage.getItem('assistente.conversa'));");
        return (Map<?, ?>) saved;
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

}
