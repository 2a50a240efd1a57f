package br.jus.tjes.cariacica.support;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the browser tests: one headless Chromium per test class (skipped where it is not installed), and axe
 * run with the WCAG 2.0 and 2.1 A and AA rules.
 */
public abstract class BrowserTest {

    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Browser.isAvailable(), "Debian's chromium and chromium-driver are not installed");
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The axe violations of the page the browser shows now. */
    protected static List<Rule> axeViolations() {
        return new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver()).getViolations();
    }

    /** A readable summary of violations, for assertion messages. */
    protected static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + " "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
                .toList().toString();
    }
}
