package com.telekpr.gateway.flow;

import static com.telekpr.gateway.flow.GatewayTraffic.textsTo;
import static com.telekpr.gateway.flow.GatewayTraffic.userIdOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.sandbox.telegram.TelegramSimulator;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** getUpdates against the Telegram sandbox: a user's messages reach the bot, in order, and are confirmed. */
@QuarkusTest
@TestProfile(IngressProfiles.Polling.class)
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class PollingIngressTest {

    @Test
    void messagesArePolledHandledInOrderAndConfirmed() {
        var person = TelegramSandbox.telegram.createUser("Lena", "Park", "lena", "en");
        TelegramSandbox.telegram.userSays(person, "/start");
        TelegramSandbox.telegram.userSays(person, "/help");
        TelegramSandbox.telegram.userSays(person, "what now?");

        var texts = textsTo(userIdOf(person.id()), 3);
        assertTrue(texts.get(0).startsWith("👋 Welcome to TeleKpr, Lena!"), texts.get(0));
        assertTrue(texts.get(1).startsWith("ℹ️ TeleKpr — what I can do"), texts.get(1));
        assertTrue(texts.get(2).contains("“what now?”"), texts.get(2));
        Await.until("the batch is confirmed to Telegram", () -> TelegramSandbox.telegram.pendingUpdateCount() == 0);
        long saved = ((Number) Sql.column("select next_offset from gateway.poll_offset where id = 1").get(0)).longValue();
        assertTrue(saved > TelegramSimulator.FIRST_UPDATE_ID + 2,
                "the offset after the sandbox's update ids is kept, was " + saved);

        TelegramSandbox.telegram.userSays(person, "/start");
        assertTrue(textsTo(userIdOf(person.id()), 4).get(3).startsWith("👋 Welcome back, Lena!"));
        assertEquals(1, GatewayTraffic.OUT.of(userIdOf(person.id()), com.telekpr.events.UserEvent.UserRegistered.class)
                .size(), "nothing handled twice");
    }
}
