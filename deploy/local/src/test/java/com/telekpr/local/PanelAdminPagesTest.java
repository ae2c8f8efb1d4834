package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.telekpr.testkit.Await;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admins' other pages in a real browser: payments with the reconciliation, the audit log, the catalogue's prices,
 * staff accounts; each read from the real suite, checked with axe and photographed at both widths.
 */
@Order(17)
@ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})
class PanelAdminPagesTest {

    @Test
    void paymentsShowTheReconciliationAndTheAuditLogTheStaffsActions() {
        var telegram = SharedSuite.stack().telegram();
        var max = new ChatUser(telegram, telegram.createUser("Max", "Pay", "max_pay", "en"));
        max.say("/start", "Welcome to TeleKpr, Max!");
        Journeys.buyTokens(max, SharedSuite.stack().oxapay(), 500);
        for (int width : new int[] {PanelBrowser.DESKTOP, PanelBrowser.PHONE}) {
            Page page = PanelBrowser.shared().person(width);
            PanelPages.signInAsAdmin(page, "/payments");
            PanelPages.awaitHeading(page, "Payments");
            assertThat(page.getByTestId("ledger-check")).containsText("Ledger consistent");
            assertThat(PanelPages.searchedToOneRow(page, "max_pay").first()).containsText("paid");
            PanelPages.looksRight(page, "payments");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).click();
            PanelPages.awaitHeading(page, "Audit log");
            page.getByLabel("Outcome").selectOption("success");
            assertThat(page.locator(".ag-row[row-id]").first()).containsText("success");
            PanelPages.looksRight(page, "audit");
            page.context().close();
        }
    }

    @Test
    void everyPageReadsInDarkMode() {
        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP, ColorScheme.DARK);
        PanelPages.signInAsAdmin(page, "/");
        PanelPages.awaitHeading(page, "Dashboard");
        assertThat(page.locator("[data-kpi=total-orders] .kpi-value")).isVisible();
        PanelPages.looksRight(page, "dashboard");
        for (String[] next : new String[][] {{"/orders", "Orders"}, {"/users", "Users"}, {"/broadcast", "Broadcast"}}) {
            page.navigate(next[0]);
            PanelPages.awaitHeading(page, next[1]);
            PanelPages.looksRight(page, next[1].toLowerCase(java.util.Locale.ROOT));
        }
        page.context().close();
    }

    @Test
    void aPriceChangeIsSavedAndAStaffAccountIsMade() {
        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP);
        PanelPages.signInAsAdmin(page, "/catalogue");
        PanelPages.awaitHeading(page, "Catalogue");
        Locator regular = page.getByLabel("Regular price of 100 sites");
        String before = regular.inputValue();
        regular.fill(String.valueOf(Integer.parseInt(before) + 5));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save 1 change")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("SITES_100"))).containsText("saved");
        String after = String.valueOf(Integer.parseInt(before) + 5);
        Await.value("the catalogue itself showing the new price", () -> {
            page.reload();
            return after.equals(regular.inputValue()) ? true : null;
        });
        PanelPages.looksRight(page, "catalogue");
        regular.fill(before);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save 1 change")).click();
        assertThat(regular).hasValue(before);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff")).click();
        PanelPages.awaitHeading(page, "Staff accounts");
        page.getByLabel("Username").fill("panel_operator");
        page.getByLabel("Password (12 characters or more)").fill("a-long-enough-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("table.table tbody")).containsText("panel_operator");
        PanelPages.looksRight(page, "staff");
        page.context().close();

        Page phone = PanelBrowser.shared().person(PanelBrowser.PHONE);
        PanelPages.signInAsAdmin(phone, "/catalogue");
        PanelPages.awaitHeading(phone, "Catalogue");
        PanelPages.looksRight(phone, "catalogue");
        phone.navigate("/staff");
        PanelPages.awaitHeading(phone, "Staff accounts");
        PanelPages.looksRight(phone, "staff");
        phone.context().close();
    }
}
