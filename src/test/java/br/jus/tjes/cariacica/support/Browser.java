package br.jus.tjes.cariacica.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A headless Chromium driven through chromedriver, both found on the {@code PATH} as
 * {@code .ci/run} finds them: no browser or driver is downloaded. On a machine without
 * them the browser tests are skipped, except in CI (env {@code CI} set), where they fail.
 * Every document it opens records its Content-Security-Policy violations, read with
 * {@link #cspViolations()}.
 */
public final class Browser implements AutoCloseable {

    /** The names .ci/run looks for too: Debian's, Ubuntu's and Google's builds. */
    private static final Path CHROMIUM = onPath("chromium", "chromium-browser", "google-chrome");

    private static final Path CHROMEDRIVER = onPath("chromedriver");

    /** What to install when the browser tests cannot run. */
    public static final String INSTALL_HINT = "install Chromium and chromedriver on the PATH (Debian: apt-get install "
            + "chromium chromium-driver; Ubuntu: chromium-browser chromium-chromedriver), as .ci/run does";

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Runs in every document before the page's own scripts (through DevTools, so the
     * page's CSP does not apply to it) and keeps what the browser reports as violations
     * of that policy.
     */
    private static final String CSP_RECORDER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (event) {
              window.__cspViolations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline')
                  + ' at ' + event.sourceFile + ':' + event.lineNumber);
            });
            """;

    private final ChromeDriver driver;

    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static boolean isAvailable() {
        return CHROMIUM != null && CHROMEDRIVER != null;
    }

    private static Path onPath(String... names) {
        String path = System.getenv("PATH");
        for (String directory : (path != null) ? path.split(File.pathSeparator) : new String[0]) {
            for (String name : names) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    public static Browser start() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-sync", "--hide-scrollbars", "--window-size=1280,900", "--lang=pt-BR",
                    "--user-data-dir=" + profile.toAbsolutePath());
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
            return new Browser(driver, profile);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public ChromeDriver driver() {
        return this.driver;
    }

    /**
     * The page's width in CSS pixels (scrollbars are hidden, as on a phone, so they take
     * none of it).
     */
    public void width(int width) {
        this.driver.manage().window().setSize(new Dimension(width, 900));
    }

    /**
     * How many CSS pixels the page is wider than the window: what a reader would have to
     * scroll sideways.
     */
    public long horizontalOverflow() {
        return ((Number) this.driver
            .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
            .longValue();
    }

    /** Opens a page, first dropping console messages left by the previous one. */
    public void open(String url) {
        this.driver.manage().logs().get(LogType.BROWSER);
        this.driver.get(url);
    }

    /**
     * Console messages at SEVERE since the last call: script errors, CSP violations,
     * failed loads.
     */
    public List<String> consoleErrors() {
        return this.driver.manage()
            .logs()
            .get(LogType.BROWSER)
            .getAll()
            .stream()
            .filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    }

    /**
     * The CSP violations the current document has reported so far. The event arrives
     * asynchronously, so a check right after an action may need to wait for it.
     */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        Object violations = this.driver.executeScript("return window.__cspViolations;");
        if (!(violations instanceof List<?> list)) {
            throw new IllegalStateException("The CSP recorder did not run in " + this.driver.getCurrentUrl());
        }
        return (List<String>) list;
    }

    /**
     * A screenshot of the whole page, not only the window, under
     * {@code target/screenshots}.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, fullPage());
            return target;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] fullPage() {
        var metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        var size = (Map<String, Number>) metrics.get("cssContentSize");
        // Right after the window is resized the layout may not be measured yet (a width
        // of 0, which Chromium refuses to capture): the window itself is captured then.
        if (size == null || size.get("width").doubleValue() <= 0 || size.get("height").doubleValue() <= 0) {
            return this.driver.getScreenshotAs(OutputType.BYTES);
        }
        var clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
        var shot = this.driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        this.driver.quit();
        try (var files = Files.walk(this.profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        catch (IOException ex) {
            // A temporary profile left behind is harmless.
        }
    }

}
