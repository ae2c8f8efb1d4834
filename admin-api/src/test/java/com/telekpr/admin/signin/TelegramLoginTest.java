package com.telekpr.admin.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.telekpr.admin.History;
import com.telekpr.admin.ReadModels;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.sandbox.telegram.FakeUser;
import com.telekpr.testkit.TelegramBrowserLogin;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Log in with Telegram through the sandbox's OpenID Connect simulator, as a browser does it: an operator of the bot
 * gets the panel's refresh cookie and an operator's token; a customer is sent back refused; a forged, expired or
 * other-audience id token is refused by quarkus-oidc before admin-api's code runs.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramLoginSandbox.class, scope = TestResourceScope.GLOBAL)
class TelegramLoginTest {
    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void behave() {
        TelegramLoginSandbox.telegram.misbehave().reset();
    }

    @Test
    void anOperatorOfTheBotLogsInWithTelegramAndGetsAnOperatorsToken() throws Exception {
        FakeUser olga = person(false, true);
        var browser = new TelegramBrowserLogin(base);
        String landing = browser.logInAs(olga.id());
        assertEquals("/", URI.create(landing).getPath());
        String session = browser.cookie("telekpr_session");
        assertTrue(session != null && !session.isBlank(), "the panel's refresh cookie");
        var refreshed = browser.post("/api/admin/session/refresh", "telekpr_session=" + session);
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        var answer = new ObjectMapper().readTree(refreshed.body());
        assertEquals("operator", answer.path("role").asText());
        assertEquals("tg-" + olga.id(), answer.path("username").asText());

        // a second login is the same web account
        var again = new TelegramBrowserLogin(base);
        again.logInAs(olga.id());
        var second = again.post("/api/admin/session/refresh", "telekpr_session=" + again.cookie("telekpr_session"));
        assertEquals("tg-" + olga.id(), new ObjectMapper().readTree(second.body()).path("username").asText());
    }

    @Test
    void aCustomerOrAStrangerIsSentBackRefused() throws Exception {
        var customer = new TelegramBrowserLogin(base);
        String landing = customer.logInAs(person(false, false).id());
        assertTrue(landing.contains("login=refused") && landing.contains("error=not_staff"), landing);
        assertNull(customer.cookie("telekpr_session"));

        FakeUser stranger = new FakeUser(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L), "Nobody", null, null, "en");
        TelegramLoginSandbox.PEOPLE.add(stranger);
        assertTrue(new TelegramBrowserLogin(base).logInAs(stranger.id()).contains("error=not_staff"));
    }

    @Test
    void aForgedAnExpiredOrAnotherBotsIdTokenIsRefused() throws Exception {
        FakeUser admin = person(true, false);
        TelegramLoginSandbox.telegram.misbehave().forgeSignature();
        assertEquals(401, new TelegramBrowserLogin(base).callbackStatusAs(admin.id()), "a signature of a key the JWKS lacks");
        TelegramLoginSandbox.telegram.misbehave().reset();
        TelegramLoginSandbox.telegram.misbehave().expireTokens();
        assertEquals(401, new TelegramBrowserLogin(base).callbackStatusAs(admin.id()), "an expired id token");
        TelegramLoginSandbox.telegram.misbehave().reset();
        TelegramLoginSandbox.telegram.misbehave().signForAnotherClient();
        assertEquals(401, new TelegramBrowserLogin(base).callbackStatusAs(admin.id()), "an id token for another bot");
    }

    /** A Telegram user the sandbox offers, and the bot's user of them in the users projection with those roles. */
    private static FakeUser person(boolean admin, boolean operator) {
        long telegramId = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        var person = new FakeUser(telegramId, "Olga", "Ivanova", "olga_" + telegramId, "en");
        TelegramLoginSandbox.PEOPLE.add(person);
        ReadModels.project(new History().at(Instant.now(), UUID.randomUUID(), "user", new UserRegistered(telegramId,
                telegramId, person.username(), "Olga Ivanova", "en", admin, operator)).envelopes());
        return person;
    }
}
