package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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
 * The customers page in a real browser: the edit modal says what the customer rules refuse under the field it
 * concerns and saves a good edit; the export holds the filtered profile; a delete asks first and shows at once.
 */
@Order(15)
@ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})
class PanelCustomersTest {

    @Test
    void anEditNamesTheBrokenRuleAtItsFieldThenSavesAndADeleteAsksFirst() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var kim = new ChatUser(telegram, telegram.createUser("Kim", "Edit", "kim_edit", "en"));
        kim.say("/start", "Welcome to TeleKpr, Kim!");
        Journeys.register(kim, "Kim", "Edit");

        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP);
        PanelPages.signInAsAdmin(page, "/customers");
        PanelPages.awaitHeading(page, "Customers");
        Locator rows = PanelPages.searchedToOneRow(page, "kim.edit@example.com");
        PanelPages.looksRight(page, "customers");

        rows.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit Kim Edit")).click();
        var modal = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Edit customer"));
        modal.getByLabel("Email").fill("not-an-email");
        modal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save profile")).click();
        assertThat(modal.getByLabel("Email")).hasAttribute("aria-invalid", "true");
        assertThat(modal.locator(".field-error")).containsText("must be an email address");
        PanelPages.looksRight(page, "customer-edit");
        modal.getByLabel("Email").fill("kim.new@example.com");
        modal.getByLabel("City").fill("Portland");
        modal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save profile")).click();
        assertThat(modal).isHidden();
        assertThat(rows.first()).containsText("kim.new@example.com");

        page.getByLabel("Search").fill("kim.new@example.com");
        List<String> lines = Await.value("the export with Kim's saved profile", () -> {
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Export CSV")).click());
            List<String> read = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
            return read.size() == 2 ? read : null;
        });
        assertTrue(lines.get(1).contains("kim.new@example.com") && lines.get(1).contains("Portland"), lines.toString());
        assertThat(rows).hasCount(1);

        page.onceDialog(dialog -> dialog.accept());
        rows.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete Kim Edit")).click();
        assertThat(rows.first()).containsText("Deleted");
        page.context().close();

        Page phone = PanelBrowser.shared().person(PanelBrowser.PHONE);
        PanelPages.signInAsAdmin(phone, "/customers");
        PanelPages.awaitHeading(phone, "Customers");
        PanelPages.looksRight(phone, "customers");
        phone.context().close();
    }
}
