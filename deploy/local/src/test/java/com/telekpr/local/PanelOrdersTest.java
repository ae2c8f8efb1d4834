package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.telekpr.testkit.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The orders grid in a real browser against the real suite: orders placed in the bot appear in the open, filtered
 * grid; the status modal offers only the machine's moves; a bulk change of three orders reaches the customer's chat
 * once per order; the CSV export holds exactly the filtered rows; the detail drawer shows the history.
 */
@Order(13)
@ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})
class PanelOrdersTest {
    private static final String MESSAGE = "Picked up from the panel";
    @Test
    void ordersAppearLiveAndABulkChangeReachesTheChatOncePerOrder() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var hal = new ChatUser(telegram, telegram.createUser("Hal", "Price", "hal_price", "en"));
        hal.say("/start", "Welcome to TeleKpr, Hal!");
        Journeys.register(hal, "Hal", "Price");
        Journeys.buyTokens(hal, SharedSuite.stack().oxapay(), 500);

        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP);
        PanelPages.signInAsAdmin(page, "/orders");
        PanelPages.awaitHeading(page, "Orders");
        page.getByLabel("Search").fill("hal_price");
        for (int i = 0; i < 3; i++) {
            Journeys.orderSummary(hal, "SITES_100");
            hal.tap(":confirm", "is in the queue");
        }
        Locator rows = page.locator(".ag-row[row-id]");
        assertThat(rows).hasCount(3);
        assertThat(rows.first()).containsText("Pending");

        openRowMenu(page, 0).getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("Change status…")).click();
        var modal = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Change status"));
        assertThat(modal.getByRole(AriaRole.RADIO)).hasCount(2);
        assertEquals(List.of("Processing", "Cancelled (tokens are refunded)"), modal.locator("label.check").allInnerTexts());
        PanelPages.looksRight(page, "orders-status-modal");
        modal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();

        for (int i = 0; i < 3; i++) {
            rows.nth(i).locator(".ag-selection-checkbox input").check();
        }
        var bulk = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Bulk actions"));
        assertThat(bulk).containsText("3 selected");
        bulk.getByLabel("New status").selectOption("processing");
        bulk.getByLabel("Message to customers (optional)").fill(MESSAGE);
        bulk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply")).click();
        assertThat(bulk.locator(".bulk-results")).containsText("3 of 3 done");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Processing")))
                .hasCount(3);
        Await.value("the status news in Hal's chat, once per order", () -> hal.count(MESSAGE) == 3 ? true : null);
        PanelPages.looksRight(page, "orders");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Export CSV")).click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), "a header and the three filtered orders: " + lines);
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains("hal_price") && line.contains("processing")), lines.toString());

        openRowMenu(page, 0).getByRole(AriaRole.MENUITEM, new Locator.GetByRoleOptions().setName("View details")).click();
        var drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Order details"));
        assertThat(drawer.locator(".timeline li")).not().hasCount(0);
        assertThat(drawer).containsText("Hal Price");
        PanelPages.looksRight(page, "order-details");
        page.context().close();

        Page phone = PanelBrowser.shared().person(PanelBrowser.PHONE);
        PanelPages.signInAsAdmin(phone, "/orders");
        PanelPages.awaitHeading(phone, "Orders");
        assertThat(phone.locator(".ag-row[row-id]").first()).isVisible();
        PanelPages.looksRight(phone, "orders");
        phone.context().close();
    }

    private static Locator openRowMenu(Page page, int row) {
        page.locator(".ag-row[row-id]").nth(row).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Actions for order"))).click();
        return page.getByRole(AriaRole.MENU);
    }
}
