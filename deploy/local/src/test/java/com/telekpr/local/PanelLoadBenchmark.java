package com.telekpr.local;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the dashboard takes from navigation to interactive (every figure and the four charts drawn), cold
 * (the browser's cache emptied: bundle and answers fetched anew) and warm (a reload), measured in the page by the Performance API. It runs
 * against a stack that is already up (`deploy/local/run`), seeded or not; start it with
 * {@code ./mvnw -pl deploy/local verify -Dtest=PanelLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PanelLoadBenchmark {
    private static final String PANEL = System.getProperty("telekpr.panel", "http://127.0.0.1:8080");
    private static final int RUNS = Integer.getInteger("telekpr.runs", 5);
    /** Records, in the page, the first moment the dashboard is usable: figures shown and four charts drawn. */
    private static final String INTERACTIVE_PROBE = """
            new MutationObserver((changes, observer) => {
              const figures = document.querySelector('[data-kpi=total-orders] .kpi-value');
              const charts = document.querySelectorAll('canvas[role=img]').length + document.querySelectorAll('.chart-empty').length;
              if (figures && charts >= 4 && !window.interactiveAt) { window.interactiveAt = performance.now(); observer.disconnect(); }
            }).observe(document, { childList: true, subtree: true });""";

    @Test
    void dashboardLoadToInteractive() throws Exception {
        String password = Files.readString(Path.of("../../.data/secrets/admin-password")).strip();
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        try (var browser = PanelBrowser.launch(PANEL)) {
            for (int run = 0; run < RUNS; run++) {
                Page page = browser.person(PanelBrowser.DESKTOP);
                page.context().addInitScript(INTERACTIVE_PROBE);
                signIn(page, password);
                // cold: the bundle, the API's answers, everything fetched anew
                page.context().newCDPSession(page).send("Network.clearBrowserCache");
                cold.add(interactive(page, () -> page.navigate("/")));
                warm.add(interactive(page, page::reload));
                page.context().close();
            }
        }
        System.out.printf("%nDASHBOARD LOAD TO INTERACTIVE (%s, %d runs): cold p50 %.0f ms, max %.0f ms; warm p50 %.0f ms,"
                + " max %.0f ms%n", PANEL, RUNS, p50(cold), Collections.max(cold), p50(warm), Collections.max(warm));
    }

    private static void signIn(Page page, String password) {
        page.navigate("/sign-in");
        page.getByLabel("Username").fill(LocalStack.ADMIN_USERNAME);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForFunction("() => window.interactiveAt !== undefined");
    }

    private static double interactive(Page page, Runnable load) {
        load.run();
        page.waitForFunction("() => window.interactiveAt !== undefined");
        return ((Number) page.evaluate("() => window.interactiveAt")).doubleValue();
    }

    private static double p50(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
