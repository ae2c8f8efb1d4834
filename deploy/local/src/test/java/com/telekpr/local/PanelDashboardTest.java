package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.telekpr.testkit.Await;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in a real browser: its figures are admin-api's /stats as a person in the US reads them, and an order
 * placed in the bot shows on the open page (live feed and figures) without a reload.
 */
@Order(12)
@ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})
class PanelDashboardTest {
    @Test
    void theFiguresAreAdminApisAndANewOrderAppearsWithoutReload() {
        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP);
        PanelPages.signInAsAdmin(page, "/");
        PanelPages.awaitHeading(page, "Dashboard");
        List<Map<String, String>> last = new ArrayList<>(List.of(Map.of(), Map.of()));
        try {
            Await.value("the cards showing /api/admin/stats", () -> {
                assertThat(page.locator("[data-kpi=total-orders] .kpi-value")).isVisible();
                last.set(0, figuresOf(AdminView.stats("Europe/Berlin")));
                last.set(1, shownFigures(page));
                if (last.get(0).equals(last.get(1))) {
                    return true;
                }
                page.reload();
                return null;
            });
        } catch (AssertionError never) {
            assertEquals(last.get(0), last.get(1), "the dashboard's cards against /api/admin/stats");
            throw never;
        }
        assertThat(page.locator("figure.chart-card")).hasCount(4);

        page.evaluate("() => { window.samePage = 'yes'; }");
        long ordersBefore = AdminView.stats().path("totalOrders").asLong();
        var telegram = SharedSuite.stack().telegram();
        var ida = new ChatUser(telegram, telegram.createUser("Ida", "Live", "ida_live", "en"));
        ida.say("/start", "Welcome to TeleKpr, Ida!");
        Journeys.register(ida, "Ida", "Live");
        Journeys.buyTokens(ida, SharedSuite.stack().oxapay(), 500);
        Journeys.orderSummary(ida, "SITES_100");
        long confirmed = System.nanoTime();
        ida.tap(":confirm", "is in the queue");

        assertThat(page.locator(".live-feed li[data-event-type=OrderPlaced]").first()).containsText("New order");
        System.out.printf("%nPANEL: Confirm tapped in the bot → the order on the open dashboard after %.0f ms%n",
                (System.nanoTime() - confirmed) / 1e6);
        // other people's orders may land meanwhile: the card must come to show admin-api's figure, Ida's order in it
        Await.value("the orders card following /api/admin/stats", () -> {
            long now = AdminView.stats("Europe/Berlin").path("totalOrders").asLong();
            String shown = page.locator("[data-kpi=total-orders] .kpi-value").innerText().strip();
            return now > ordersBefore && shown.equals(NumberFormat.getIntegerInstance(Locale.US).format(now)) ? true : null;
        });
        assertEquals("yes", page.evaluate("() => window.samePage"), "the page was not reloaded");
        assertThat(page.locator("canvas[role=img]")).hasCount(4);
        PanelPages.looksRight(page, "dashboard");

        Page phone = PanelBrowser.shared().person(PanelBrowser.PHONE);
        PanelPages.signInAsAdmin(phone, "/");
        PanelPages.awaitHeading(phone, "Dashboard");
        assertThat(phone.locator("canvas[role=img]")).hasCount(4);
        PanelPages.looksRight(phone, "dashboard");
    }

    private static Map<String, String> shownFigures(Page page) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String kpi : new String[] {"total-users", "total-orders", "total-customers", "revenue-total", "revenue-month",
            "completion-rate", "active-subscribers"}) {
            var value = page.locator("[data-kpi=" + kpi + "] .kpi-value");
            shown.put(kpi, value.count() == 1 ? value.innerText().strip() : null);
        }
        return shown;
    }

    /** The figures as en-US formats them in the browser (Intl rounds half away from zero). */
    private static Map<String, String> figuresOf(JsonNode stats) {
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.US);
        NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
        usd.setRoundingMode(RoundingMode.HALF_UP);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.US);
        percent.setMaximumFractionDigits(1);
        percent.setRoundingMode(RoundingMode.HALF_UP);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("total-users", count.format(stats.path("totalUsers").asLong()));
        figures.put("total-orders", count.format(stats.path("totalOrders").asLong()));
        figures.put("total-customers", count.format(stats.path("totalCustomers").asLong()));
        figures.put("revenue-total", usd.format(stats.path("revenue").path("totalUsd").asDouble()));
        figures.put("revenue-month", usd.format(stats.path("revenue").path("thisMonthUsd").asDouble()));
        figures.put("completion-rate", percent.format(stats.path("completionRate").asDouble()));
        figures.put("active-subscribers", count.format(stats.path("activeSubscribers").asLong()));
        return figures;
    }
}
