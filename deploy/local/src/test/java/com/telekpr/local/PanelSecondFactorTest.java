package com.telekpr.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A staff member turns on a second factor on their account page in a real browser, with codes made as an
 * authenticator app makes them; from then on a password sign-in asks for the app's code, or a recovery code.
 */
@Order(18)
@ExtendWith({SharedSuite.class, PanelBrowser.Shared.class})
class PanelSecondFactorTest {
    private static final String PASSWORD = "a-second-factor-password";

    @Test
    void anOperatorTurnsOnASecondFactorAndSignsInWithTheAppsCodeOrARecoveryCode() throws Exception {
        String username = "tfa_" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, AdminView.act("POST", "/staff", Map.of("username", username, "password", PASSWORD,
                "role", "operator"), UUID.randomUUID().toString()).status(), "the new staff account");
        Page page = PanelBrowser.shared().person(PanelBrowser.DESKTOP);
        signIn(page, username);
        PanelPages.awaitHeading(page, "My queue");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(username + " · operator")).click();
        PanelPages.awaitHeading(page, "Your account");
        assertThat(page.getByText("Off: signing in with your password needs nothing else.")).isVisible();
        PanelPages.looksRight(page, "account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up a second factor")).click();
        var app = new AuthenticatorApp(page.getByTestId("totp-secret").textContent());
        List<String> recoveryCodes = page.locator(".recovery-codes li").allTextContents();
        assertEquals(10, recoveryCodes.size(), "ten recovery codes, shown once");
        PanelPages.looksRight(page, "account-second-factor-setup");
        page.getByLabel("First code from the app").fill(app.code(0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on the second factor")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText("Second factor on"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^On: signing in with your password"))).isVisible();

        // the app's next code: the one just used to confirm is never taken twice
        signOutAndIn(page, username);
        PanelPages.looksRight(page, "sign-in-code");
        page.getByLabel("Authenticator code").fill(app.code(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        PanelPages.awaitHeading(page, "My queue");

        signOutAndIn(page, username);
        withRecoveryCode(page, recoveryCodes.get(0));
        PanelPages.awaitHeading(page, "My queue");

        signOutAndIn(page, username);
        withRecoveryCode(page, recoveryCodes.get(0));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("That code is wrong or was already used.");
        page.context().close();
    }

    @Test
    void theAccountPageFitsAPhone() {
        Page phone = PanelBrowser.shared().person(PanelBrowser.PHONE);
        PanelPages.signInAsAdmin(phone, "/account");
        PanelPages.awaitHeading(phone, "Your account");
        assertThat(phone.getByText(LocalStack.ADMIN_USERNAME, new Page.GetByTextOptions().setExact(true))).isVisible();
        PanelPages.looksRight(phone, "account");
        assertEquals(PanelBrowser.PHONE, (int) phone.evaluate("() => document.documentElement.scrollWidth"),
                "nothing wider than the phone");
        phone.context().close();
    }

    private static void signIn(Page page, String username) {
        page.navigate("/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private static void withRecoveryCode(Page page, String code) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lost your phone? Use a recovery code")).click();
        page.getByLabel("Recovery code").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Signs out, and in again with the password alone: the panel asks for the second factor. */
    private static void signOutAndIn(Page page, String username) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to TeleKpr"))).isVisible();
        signIn(page, username);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Enter the 6-digit code from your authenticator app.");
    }
}
