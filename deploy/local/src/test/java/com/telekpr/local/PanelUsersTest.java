package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The users page in a real browser: a token adjustment shows the balance it leaves, lands in the user's ledger and in
 * the bot's /tokens; a message from the panel reaches the user's chat.
 */
@Order(14)
@ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})
class PanelUsersTest {

    @Test
    void aTokenAdjustmentReachesTheLedgerAndTheBotAndAMessageTheChat() {
        var telegram = SharedSuite.stack().telegram();
        var jo = new ChatUser(telegram, telegram.createUser("Jo", "Ledger", "jo_ledger", "en"));
        jo.say("/start", "Welcome to TeleKpr, Jo!");
        AdminActionsTest.userId("jo_ledger");

        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP);
        PanelPages.signInAsAdmin(page, "/users");
        PanelPages.awaitHeading(page, "Users");
        Locator rows = PanelPages.searchedToOneRow(page, "jo_ledger");
        PanelPages.looksRight(page, "users");
        rows.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open @jo_ledger")).click();
        var detail = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("@jo_ledger"));
        assertThat(detail.getByTestId("balance")).hasText("0 tokens");

        detail.getByLabel("Tokens to add").fill("-5");
        assertThat(detail.getByText("That would leave -5: a balance never goes below 0.")).isVisible();
        detail.getByLabel("Tokens to add").fill("+250");
        assertThat(detail.getByText("Balance after: 250 tokens")).isVisible();
        detail.getByLabel("Reason (required, shown in the ledger)").fill("Goodwill for the outage");
        detail.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjust tokens")).click();
        assertThat(detail.getByTestId("balance")).hasText("250 tokens");
        assertThat(detail.locator("table.table tbody tr").first()).containsText("Goodwill for the outage");
        assertThat(detail.locator("table.table tbody tr").first()).containsText("+250");
        jo.say("/tokens", "Balance: 250 tokens");

        detail.getByLabel("Message", new Locator.GetByLabelOptions().setExact(true)).fill("Hello Jo 👋 from the panel");
        assertThat(detail.getByText("3874 of 3900 left")).isVisible();
        detail.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send message")).click();
        jo.await("Hello Jo 👋 from the panel");
        PanelPages.looksRight(page, "user-detail");
        page.context().close();

        Page phone = PanelBrowser.shared().person(PanelBrowser.PHONE);
        PanelPages.signInAsAdmin(phone, "/users");
        PanelPages.awaitHeading(phone, "Users");
        assertThat(phone.locator(".ag-row[row-id]").first()).isVisible();
        PanelPages.looksRight(phone, "users");
        phone.context().close();
    }
}
