package com.telekpr.local;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's chromium, driven by Playwright as a person would use the panel: one browser for the whole run (the
 * {@link Shared} extension starts it once and closes it at the end), a fresh context (cookies, storage) per person.
 * No browser is downloaded; the machine's own runs headless.
 */
final class PanelBrowser implements AutoCloseable {
    /** Gives a test class the run's one browser: {@code @ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})}. */
    static final class Shared implements BeforeAllCallback {
        private static volatile PanelBrowser browser;

        @Override
        public void beforeAll(ExtensionContext context) {
            browser = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(PanelBrowser.class,
                    key -> new Closing(launch(SharedSuite.stack().adminWebUrl())), Closing.class).browser();
        }
    }

    /** Closed by JUnit when the run's root store is. */
    private record Closing(PanelBrowser browser) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            browser.close();
        }
    }

    /** The run's browser (after {@link Shared} has run). */
    static PanelBrowser shared() {
        return Shared.browser;
    }

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** The desktop and the phone the quality bar names. */
    static final int DESKTOP = 1280;
    static final int PHONE = 375;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final String panelUrl;

    private PanelBrowser(Playwright playwright, Browser browser, String panelUrl) {
        this.playwright = playwright;
        this.browser = browser;
        this.panelUrl = panelUrl;
    }

    /** The machine's chromium, its pages opening the panel at {@code panelUrl}. */
    static PanelBrowser launch(String panelUrl) {
        // the suite works through Kafka on two cores: a row or a figure may take seconds, never a minute
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new PanelBrowser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS)), panelUrl);
        } catch (RuntimeException failed) {
            playwright.close();
            throw failed;
        }
    }

    /** A new person at a screen {@code width} wide, in Berlin, speaking US English; the panel's URL is the base. */
    Page person(int width) {
        return person(width, ColorScheme.LIGHT);
    }

    /** The same, with the OS set to {@code scheme} (the panel follows it). */
    Page person(int width, ColorScheme scheme) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setColorScheme(scheme)
                .setViewportSize(width, width == PHONE ? 812 : 900).setLocale("en-US").setTimezoneId("Europe/Berlin")
                .setBaseURL(panelUrl).setAcceptDownloads(true)
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
        boolean dark = Boolean.TRUE.equals(page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches"));
        Path file = SCREENSHOTS.resolve(name + "-" + page.viewportSize().width + (dark ? "-dark" : "") + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
