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
 * against a stack that is already up (`deploy/local/run`), seeded or not; and how the orders grid answers over every
 * order (first rows, a status filter, a jump to the middle: the browser's time, fetch and render). Start it with
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

    /** The orders grid over every order: first rows, a status filter, and a jump to the middle of the list. */
    @Test
    void ordersGridOverEveryOrder() throws Exception {
        String password = Files.readString(Path.of("../../.data/secrets/admin-password")).strip();
        List<Double> first = new ArrayList<>();
        List<Double> filtered = new ArrayList<>();
        List<Double> jumped = new ArrayList<>();
        try (var browser = PanelBrowser.launch(PANEL)) {
            for (int run = 0; run < RUNS; run++) {
                Page page = browser.person(PanelBrowser.DESKTOP);
                page.context().addInitScript(INTERACTIVE_PROBE);
                signIn(page, password);
                first.add(timed(() -> page.navigate("/orders"), () -> page.locator(".ag-row[row-id]").first().waitFor()));
                filtered.add(timed(() -> page.getByLabel("Status").selectOption("completed"),
                        () -> page.locator(".ag-row[row-id]").first().getByText("Completed").waitFor()));
                // the grid's scroller: the first ancestor of a row that scrolls
                jumped.add(timed(() -> page.evaluate("() => { let v = document.querySelector('.ag-row');"
                        + " while (v && v.scrollHeight <= v.clientHeight + 1) { v = v.parentElement; }"
                        + " v.scrollTop = v.scrollHeight / 2; }"), () -> page.waitForFunction("() => [...document"
                        + ".querySelectorAll('.ag-row[row-id]')].some(r => Number(r.getAttribute('row-index')) > 1000)")));
                page.context().close();
            }
        }
        System.out.printf("%nORDERS GRID (%s, %d runs): first rows p50 %.0f ms; status filter p50 %.0f ms;"
                + " jump to the middle p50 %.0f ms (max %.0f / %.0f / %.0f ms)%n", PANEL, RUNS, p50(first), p50(filtered),
                p50(jumped), Collections.max(first), Collections.max(filtered), Collections.max(jumped));
    }

    private static double timed(Runnable act, Runnable awaitResult) {
        long start = System.nanoTime();
        act.run();
        awaitResult.run();
        return (System.nanoTime() - start) / 1e6;
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
