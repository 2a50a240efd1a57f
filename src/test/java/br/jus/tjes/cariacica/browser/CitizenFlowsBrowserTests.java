package br.jus.tjes.cariacica.browser;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import br.jus.tjes.cariacica.content.ContentChanged;
import br.jus.tjes.cariacica.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen does on the site, in a real browser: search, check a case number, filter
 * the pauta, page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenFlowsBrowserTests extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void freshVisitor() {
        browser.width(1280);
        browser.open(url("/"));
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void anAccentlessSearchFromTheHeaderFindsAccentedContentAndTheResultsPageSearchesAgain() {
        WebElement box = browser.driver().findElement(By.id("busca-campo"));
        box.sendKeys("certidao");
        box.sendKeys(Keys.ENTER);

        waitUpTo(10).until(ExpectedConditions.urlContains("/busca?q=certidao"));
        assertThat(heading()).isEqualTo("Busca no site");
        assertThat(browser.driver().findElement(By.id("q")).getAttribute("value")).isEqualTo("certidao");
        assertThat(resultTitles()).isNotEmpty()
            .anySatisfy((title) -> assertThat(title).containsPattern("(?i)certid[ãõ]"));

        WebElement again = browser.driver().findElement(By.id("q"));
        again.clear();
        again.sendKeys("mutirao conciliacao");
        again.sendKeys(Keys.ENTER);

        waitUpTo(10).until(ExpectedConditions.urlContains("q=mutirao+conciliacao"));
        assertThat(browser.driver().findElements(By.cssSelector(".resultados h2 a"))).isNotEmpty()
            .anySatisfy((link) -> assertThat(link.getAttribute("href")).endsWith("/avisos/mutirao-conciliacao"));
        assertThat(resultTitles()).anySatisfy((title) -> assertThat(title).contains("Mutirão de conciliação"));
        assertNoConsoleErrorOrCspViolation("the search results");
    }

    @Test
    void theCaseNumberCheckerTellsValidTjesWrongCheckDigitsAndOtherCourtsApart() {
        browser.driver().findElement(By.linkText("Consulta processual")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.urlContains("/consulta-processual"));

        check("0001234-45.2024.8.08.0012");
        assertThat(browser.driver().findElement(By.id("resultado-titulo")).getText())
            .isEqualTo("Processo 0001234-45.2024.8.08.0012");
        assertThat(browser.driver().findElement(By.cssSelector(".mensagem-ok")).getText())
            .isEqualTo("Número válido, de um processo do Tribunal de Justiça do Espírito Santo.");
        assertThat(browser.driver().findElement(By.id("numero")).getAttribute("aria-invalid")).isNull();

        check("0001234-46.2024.8.08.0012");
        WebElement field = browser.driver().findElement(By.id("numero"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).startsWith("erro-numero");
        assertThat(field.getAttribute("value")).isEqualTo("0001234-46.2024.8.08.0012");
        assertThat(browser.driver().findElement(By.id("erro-numero")).getText())
            .isEqualTo("Os dígitos verificadores (DD) não conferem. Confira se algum número foi digitado errado.");
        assertThat(browser.driver().findElements(By.id("resultado-titulo"))).isEmpty();

        String rioDeJaneiro = cnj("0004321", "2023", "8", "19", "0001");
        check(rioDeJaneiro.replaceAll("\\D", ""));
        assertThat(browser.driver().findElement(By.id("resultado-titulo")).getText())
            .isEqualTo("Processo " + rioDeJaneiro);
        assertThat(browser.driver().findElement(By.cssSelector(".mensagem-atencao")).getText())
            .startsWith("Número válido, mas o processo não é do Tribunal de Justiça do Espírito Santo.");
        assertThat(browser.driver().findElements(By.cssSelector(".mensagem-ok"))).isEmpty();
    }

    @Test
    void thePautaFiltersByDatesTypeAndCaseNumber() {
        var random = ThreadLocalRandom.current();
        int year = 3000 + random.nextInt(6000);
        String caseA = cnj("%07d".formatted(random.nextInt(10_000_000)), "2024", "8", "08", "0012");
        String caseB = cnj("%07d".formatted(random.nextInt(10_000_000)), "2025", "8", "08", "0012");
        List<Long> created = new ArrayList<>();
        created.add(hearing(LocalDate.of(year, 3, 2), caseA, "CONCILIACAO", "VIRTUAL"));
        created.add(hearing(LocalDate.of(year, 3, 3), caseA, "INSTRUCAO_JULGAMENTO", "PRESENCIAL"));
        created.add(hearing(LocalDate.of(year, 3, 4), caseB, "MEDIACAO", "VIRTUAL"));
        created.add(hearing(LocalDate.of(year, 4, 4), caseB, "CONCILIACAO", "PRESENCIAL"));
        this.context.publishEvent(new ContentChanged("browser test hearings"));
        try {
            browser.open(url("/pauta"));
            // Day and month equal, so the typed dates mean the same in day-first and
            // month-first calendars.
            filter("0101" + year, "1212" + year, null, "");
            assertThat(pautaRows()).hasSize(4);
            assertThat(bodyText()).contains("4 audiência(s) entre 01/01/" + year + " e 12/12/" + year);

            filter(null, null, "CONCILIACAO", "");
            assertThat(pautaRows()).hasSize(2).allSatisfy((row) -> assertThat(row).contains("Conciliação"));
            assertThat(new Select(browser.driver().findElement(By.id("tipo"))).getFirstSelectedOption().getText())
                .isEqualTo("Conciliação");

            filter("0303" + year, "0303" + year, "", "");
            assertThat(pautaRows()).singleElement()
                .asString()
                .contains("03/03/" + year, caseA, "Instrução e julgamento", "Presencial — Sala 1");

            filter("0101" + year, "1212" + year, "", caseB);
            assertThat(pautaRows()).hasSize(2).allSatisfy((row) -> assertThat(row).contains(caseB));
            assertNoConsoleErrorOrCspViolation("the filtered pauta");
        }
        finally {
            created.forEach((id) -> this.jdbc.update("delete from hearing where id = ?", id));
            this.context.publishEvent(new ContentChanged("browser test hearings removed"));
        }
    }

    @Test
    void theNoticesGoToTheSecondPageAndBack() {
        browser.driver().findElement(By.linkText("Avisos")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.urlContains("/avisos"));
        List<String> firstPage = noticeTitles();
        assertThat(firstPage).hasSize(10);
        assertThat(pagePosition()).startsWith("Página 1 de ");
        assertThat(browser.driver().findElements(By.cssSelector(".paginacao a[rel=prev]"))).isEmpty();

        browser.driver().findElement(By.cssSelector(".paginacao a[rel=next]")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.urlContains("pagina=2"));
        assertThat(pagePosition()).startsWith("Página 2 de ");
        assertThat(noticeTitles()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);

        browser.driver().findElement(By.cssSelector(".paginacao a[rel=prev]")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.urlContains("pagina=1"));
        assertThat(pagePosition()).startsWith("Página 1 de ");
        assertThat(noticeTitles()).isEqualTo(firstPage);
        assertNoConsoleErrorOrCspViolation("the notices");
    }

    @Test
    void highContrastSwitchesOnPersistsAcrossPagesAndReloadsAndSwitchesOff() {
        browser.open(url("/avisos"));
        assertThat(backgroundOf("body")).isEqualTo("rgba(255, 255, 255, 1)");

        browser.driver().findElement(By.linkText("Alto contraste")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Contraste normal")));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(url("/avisos"));
        assertHighContrast();
        var cookie = browser.driver().manage().getCookieNamed("contraste");
        assertThat(cookie.getExpiry()).as("a lasting preference, not a session cookie")
            .isAfter(Instant.now().plus(300, ChronoUnit.DAYS));

        browser.driver().findElement(By.linkText("Pauta de audiências")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.urlContains("/pauta"));
        assertHighContrast();
        browser.driver().navigate().refresh();
        assertHighContrast();
        assertNoConsoleErrorOrCspViolation("the pauta in high contrast");
        assertNoAxeViolations("the pauta in high contrast");
        openChatPanelWithTheKeyboard();
        assertNoAxeViolations("the chat panel in high contrast");

        browser.driver().findElement(By.linkText("Contraste normal")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Alto contraste")));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(url("/pauta"));
        browser.driver().navigate().refresh();
        assertThat(backgroundOf("body")).isEqualTo("rgba(255, 255, 255, 1)");
        assertThat(browser.driver().findElements(By.cssSelector("link[href*=alto-contraste]"))).isEmpty();
    }

    private void assertHighContrast() {
        assertThat(browser.driver().findElements(By.cssSelector("link[href*=alto-contraste]"))).hasSize(1);
        assertThat(backgroundOf("body")).isEqualTo("rgba(0, 0, 0, 1)");
        assertThat(browser.driver().findElement(By.linkText("Contraste normal")).getCssValue("color"))
            .isEqualTo("rgba(255, 255, 0, 1)");
    }

    private void check(String number) {
        WebElement field = browser.driver().findElement(By.id("numero"));
        field.clear();
        field.sendKeys(number);
        String before = browser.driver().getCurrentUrl();
        field.sendKeys(Keys.ENTER);
        waitUpTo(10).until((d) -> !d.getCurrentUrl().equals(before));
        waitUpTo(10).until(ExpectedConditions.urlContains("numero="));
    }

    /**
     * Fills the pauta's filters (null leaves a field as it is) and submits them with the
     * button.
     */
    private void filter(String from, String to, String type, String caseNumber) {
        var driver = browser.driver();
        if (from != null) {
            typeDate(driver.findElement(By.id("de")), from);
        }
        if (to != null) {
            typeDate(driver.findElement(By.id("ate")), to);
        }
        if (type != null) {
            new Select(driver.findElement(By.id("tipo"))).selectByValue(type);
        }
        if (caseNumber != null) {
            driver.findElement(By.id("processo")).clear();
            driver.findElement(By.id("processo")).sendKeys(caseNumber);
        }
        WebElement oldTable = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector(".filtros button[type=submit]")).click();
        waitUpTo(10).until((ignored) -> isGone(oldTable));
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).as("filters refused").isEmpty();
    }

    /**
     * Whether the element's page was replaced. Selenium's {@code stalenessOf} expects a
     * {@link StaleElementReferenceException}; while the next page is being committed
     * Chromium may answer instead that the node "does not belong to the document" (an
     * error of another type, which failed the test once): gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        }
        catch (StaleElementReferenceException ex) {
            return true;
        }
        catch (WebDriverException ex) {
            if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw ex;
        }
    }

    private static void typeDate(WebElement field, String digits) {
        field.clear();
        field.sendKeys(digits);
    }

    private List<String> pautaRows() {
        return browser.driver()
            .findElements(By.cssSelector(".tabela tbody tr"))
            .stream()
            .map(WebElement::getText)
            .toList();
    }

    private List<String> noticeTitles() {
        return browser.driver()
            .findElements(By.cssSelector(".lista-avisos h2"))
            .stream()
            .map(WebElement::getText)
            .toList();
    }

    private List<String> resultTitles() {
        return browser.driver()
            .findElements(By.cssSelector(".resultados h2"))
            .stream()
            .map(WebElement::getText)
            .toList();
    }

    private String pagePosition() {
        return browser.driver().findElement(By.cssSelector(".paginacao span")).getText();
    }

    private String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private String bodyText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private String backgroundOf(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getCssValue("background-color");
    }

    private Long hearing(LocalDate day, String number, String type, String mode) {
        return this.jdbc.queryForObject(
                """
                        insert into hearing (scheduled_at, case_number, procedural_class, hearing_type, mode, room, status, sealed)
                        values ((?::date + time '14:00') at time zone 'America/Sao_Paulo', ?, 'Procedimento Comum Cível', ?, ?, ?,
                                'DESIGNADA', false)
                        returning id""",
                Long.class, day.toString(), number, type, mode, "PRESENCIAL".equals(mode) ? "Sala 1" : null);
    }

    /**
     * A CNJ number with its check digits: 98 - (N A J TR O 00 mod 97), ISO 7064 mod
     * 97-10.
     */
    private static String cnj(String sequence, String year, String segment, String court, String origin) {
        int remainder = new BigInteger(sequence + year + segment + court + origin + "00").mod(BigInteger.valueOf(97))
            .intValue();
        return sequence + "-" + "%02d".formatted(98 - remainder) + "." + year + "." + segment + "." + court + "."
                + origin;
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

}
