package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in to the panel in a real browser: a wrong password says so; the right one opens the page that was asked
 * for, and again after the session has ended; the bot's operator logs in with Telegram and sees only the queue.
 */
@Order(11)
@ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})
class PanelSignInTest {
    @Test
    void aWrongPasswordSaysSoAndTheRightOneOpensThePageAskedForAgainAfterTheSessionEnds() {
        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP);
        page.navigate("/orders");
        assertThat(page).hasURL(Pattern.compile(".*/sign-in\\?next=%2Forders$"));
        PanelPages.looksRight(page, "sign-in");
        page.getByLabel("Username").fill(LocalStack.ADMIN_USERNAME);
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong username or password.");
        PanelBrowser.screenshot(page, "sign-in-refused");

        page.getByLabel("Password").fill(SharedSuite.stack().adminPassword());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        PanelPages.awaitHeading(page, "Orders");
        assertThat(page).hasURL(Pattern.compile(".*/orders$"));

        // the refresh cookie gone (expired, or signed out elsewhere): sign-in, and back to the same page after
        page.context().clearCookies();
        page.reload();
        assertThat(page).hasURL(Pattern.compile(".*/sign-in\\?next=%2Forders$"));
        PanelPages.signInAsAdmin(page, "/sign-in?next=%2Forders");
        PanelPages.awaitHeading(page, "Orders");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to TeleKpr"))).isVisible();
        page.context().close();
    }

    @Test
    void theSignInPageFitsAPhone() {
        Page page = PanelBrowser.shared().person(PanelBrowser.PHONE);
        page.navigate("/sign-in");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in with Telegram"))).isVisible();
        PanelPages.looksRight(page, "sign-in");
        assertEquals(PanelBrowser.PHONE, (int) page.evaluate("() => document.documentElement.scrollWidth"),
                "nothing wider than the phone");
        page.context().close();
    }

    @Test
    void theBotsOperatorLogsInWithTelegramAndSeesOnlyTheQueue() {
        var olga = new ChatUser(SharedSuite.stack().telegram(), ThirdParties.SANDBOX_OPERATOR);
        olga.say("/start", "Welcome");
        AdminActionsTest.userId(ThirdParties.SANDBOX_OPERATOR.username());
        for (int width : new int[] {PanelBrowser.DESKTOP, PanelBrowser.PHONE}) {
            Page page = PanelBrowser.shared().person(width);
            page.navigate("/sign-in");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in with Telegram")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Log in as Olga Operator")))
                    .click();
            PanelPages.awaitHeading(page, "My queue");
            var pages = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages"));
            assertThat(pages.getByRole(AriaRole.LINK)).hasText(new String[] {"My queue"});
            page.navigate("/");
            PanelPages.awaitHeading(page, "My queue");
            page.navigate("/orders");
            PanelPages.awaitHeading(page, "My queue");
            assertThat(page.getByText("Nothing yet: take the next waiting order.")).isVisible();
            PanelPages.looksRight(page, "operator-queue");
            page.context().close();
        }
    }
}
