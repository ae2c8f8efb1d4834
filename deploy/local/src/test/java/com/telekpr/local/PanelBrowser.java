package com.telekpr.local;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium, driven by Playwright as a person would use the panel: one browser for a test class, a fresh
 * context (cookies, storage) per person. No browser is downloaded; the machine's own runs headless.
 */
final class PanelBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** The desktop and the phone the quality bar names. */
    static final int DESKTOP = 1280;
    static final int PHONE = 375;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private PanelBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static PanelBrowser launch() {
        // the suite works through Kafka on two cores: a row or a figure may take seconds, never a minute
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new PanelBrowser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS)));
        } catch (RuntimeException failed) {
            playwright.close();
            throw failed;
        }
    }

    /** A new person at a screen {@code width} wide, in Berlin, speaking US English; the panel's URL is the base. */
    Page person(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, width == PHONE ? 812 : 900).setLocale("en-US").setTimezoneId("Europe/Berlin")
                .setBaseURL(SharedSuite.stack().adminWebUrl()).setAcceptDownloads(true)
                // axe-core is added as a script tag; the panel's own policy allows no inline script
                .setBypassCSP(true));
        context.setDefaultTimeout(60_000);
        return context.newPage();
    }

    /** Writes the page as it is now to target/screenshots/{name}-{width}.png. */
    static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + "-" + page.viewportSize().width + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
