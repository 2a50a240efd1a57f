package br.jus.tjes.cariacica.support;

import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the browser tests: one headless Chromium per test class (skipped where it is
 * not installed), and axe run with the WCAG 2.0 and 2.1 A and AA rules.
 */
public abstract class BrowserTest {

    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        if (System.getenv("CI") != null) {
            assertThat(Browser.isAvailable()).as("CI is set but the browser tests cannot run: " + Browser.INSTALL_HINT)
                .isTrue();
        }
        assumeTrue(Browser.isAvailable(), "no chromium or chromedriver on the PATH: " + Browser.INSTALL_HINT);
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * The axe violations of the page the browser shows now. Legacy mode runs axe once in
     * the page itself; the default mode opens a second window per run to merge frame
     * results, and these pages have no frames.
     */
    // axe-core-selenium deprecates legacy mode without a replacement for frame-less pages
    @SuppressWarnings("deprecation")
    protected static List<Rule> axeViolations() {
        return new AxeBuilder().withTags(WCAG_A_AA)
            .setLegacyMode(true)
            .disableIframeTesting()
            .analyze(browser.driver())
            .getViolations();
    }

    protected static void assertNoAxeViolations(String what) {
        var violations = axeViolations();
        assertThat(violations).as("axe violations on %s: %s", what, describe(violations)).isEmpty();
    }

    /** A readable summary of violations, for assertion messages. */
    protected static String describe(List<Rule> violations) {
        return violations.stream()
            .map((rule) -> rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + " "
                    + rule.getNodes().stream().limit(3).map((node) -> String.valueOf(node.getTarget())).toList())
            .toList()
            .toString();
    }

    /** No script error, failed load or CSP violation since the page was opened. */
    protected static void assertNoConsoleErrorOrCspViolation(String what) {
        assertThat(browser.cspViolations()).as("CSP violations on %s", what).isEmpty();
        assertThat(browser.consoleErrors()).as("console errors on %s", what).isEmpty();
    }

    protected static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    /**
     * Opens the chat panel from its button with the Enter key and returns the question
     * field, which gets focus.
     */
    protected static WebElement openChatPanelWithTheKeyboard() {
        var driver = browser.driver();
        WebElement opener = driver.findElement(By.id("assistente-abrir"));
        // The script marks the link as a button once it has run: only then does Enter
        // open the panel in place.
        waitUpTo(10).until((d) -> "false".equals(opener.getAttribute("aria-expanded")));
        opener.sendKeys(Keys.ENTER);
        WebElement panel = driver.findElement(By.id("assistente-painel"));
        waitUpTo(10).until((d) -> panel.isDisplayed());
        assertThat(opener.getAttribute("aria-expanded")).isEqualTo("true");
        WebElement input = driver.findElement(By.id("assistente-painel-mensagem"));
        assertThat(driver.switchTo().activeElement()).as("focus after opening the panel").isEqualTo(input);
        return input;
    }

}
