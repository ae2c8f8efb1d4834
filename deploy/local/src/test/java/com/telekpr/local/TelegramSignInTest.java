package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelegramBrowserLogin;
import java.net.URI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Log in with Telegram on the whole suite, through the sandbox's OpenID Connect provider as a person would: the
 * stack's operator gets into the panel as an operator; a customer who talks to the bot does not.
 */
@Order(9)
@ExtendWith(SharedSuite.class)
class TelegramSignInTest {
    private static final URI ADMIN_API = URI.create("http://127.0.0.1:8082/");

    @Test
    void theBotsOperatorLogsInWithTelegramAndACustomerDoesNot() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var olga = new ChatUser(telegram, ThirdParties.SANDBOX_OPERATOR);
        olga.say("/start", "Welcome");
        AdminActionsTest.userId(ThirdParties.SANDBOX_OPERATOR.username());
        var browser = new TelegramBrowserLogin(ADMIN_API);
        assertEquals("/", URI.create(browser.logInAs(ThirdParties.SANDBOX_OPERATOR.id())).getPath());
        var refreshed = browser.post("/api/admin/session/refresh", "telekpr_session=" + browser.cookie("telekpr_session"));
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        assertEquals("operator", new ObjectMapper().readTree(refreshed.body()).path("role").asText());

        var mia = new ChatUser(telegram, telegram.createUser("Mia", "Customer", "mia_customer", "en"));
        mia.say("/start", "Welcome to TeleKpr, Mia!");
        AdminActionsTest.userId("mia_customer");
        var refused = new TelegramBrowserLogin(ADMIN_API);
        long mias = telegram.users().stream().filter(user -> "mia_customer".equals(user.username())).findFirst()
                .orElseThrow().id();
        String landing = Await.value("a refusal", () -> refused.logInAs(mias));
        assertTrue(landing.contains("error=not_staff"), landing);
        assertNull(refused.cookie("telekpr_session"));
    }
}
