package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.telekpr.testkit.Await;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broadcast composer in a real browser: the counter counts as Telegram does, the preview is the text sent, test
 * mode reaches the bot's admin's chat, and a send to subscribers (asked first, naming how many) shows its progress
 * to the end and reaches the subscriber.
 */
@Order(16)
@ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})
class PanelBroadcastTest {

    @Test
    void aTestReachesTheAdminsChatAndASendShowsItsProgressToTheEnd() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var lea = new ChatUser(telegram, telegram.createUser("Lea", "Panel", "lea_panel", "en"));
        lea.say("/start", "Welcome to TeleKpr, Lea!");
        UUID user = AdminActionsTest.userId("lea_panel");
        AdminActionsTest.awaitWallet(user);
        assertEquals(200, AdminView.act("POST", "/users/" + user + "/promote", Map.of("role", "admin"), null).status());
        assertEquals(200, AdminView.act("POST", "/users/" + user + "/subscription",
                Map.of("action", "grant", "days", 30, "reason", "panel test"), null).status());
        Await.value("Lea an admin and a subscriber in the projection", () -> {
            var shown = AdminView.act("GET", "/users/" + user, null, null).body().path("user");
            return shown.path("admin").asBoolean() && shown.path("subscriber").asBoolean();
        });

        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP);
        PanelPages.signInAsAdmin(page, "/broadcast");
        PanelPages.awaitHeading(page, "Broadcast");
        page.getByLabel("Title").fill("Panel news");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emoji 🎉")).click();
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("New packages are live 🚀");
        assertThat(page.getByTestId("characters-left")).hasText(Pattern.compile("^\\d+ of 3900 left$"));
        assertThat(page.locator(".tg-text")).containsText("New packages are live 🚀");
        assertThat(page.locator(".tg-text")).containsText("Panel news");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test to my chat")).click();
        lea.await("New packages are live 🚀");
        PanelPages.looksRight(page, "broadcast");

        page.getByLabel("Audience").selectOption("subscribers");
        assertThat(page.getByTestId("recipients")).hasText(Pattern.compile("^Reaches \\d+ now$"));
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("Subscribers first: 20% off today");
        String[] asked = new String[1];
        page.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.accept();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to audience…")).click();
        var progress = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Panel news: ")));
        assertThat(progress).containsText("completed");
        assertThat(progress.getByTestId("broadcast-progress")).containsText("Remaining0 of");
        lea.await("Subscribers first: 20% off today");
        assertThat(page.locator("#history-list-title")).isVisible();
        PanelPages.looksRight(page, "broadcast-sent");
        org.junit.jupiter.api.Assertions.assertTrue(asked[0].startsWith("Send this to "), asked[0]);
        page.context().close();

        Page phone = PanelBrowser.shared().person(PanelBrowser.PHONE);
        PanelPages.signInAsAdmin(phone, "/broadcast");
        PanelPages.awaitHeading(phone, "Broadcast");
        PanelPages.looksRight(phone, "broadcast");
        phone.context().close();
    }
}
