package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.testkit.Await;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Broadcasts from the panel on the whole suite: a test reaches the admins and is answered when done; a real one to
 * the subscribers reaches a subscriber, with its link button, and not someone who is not one.
 */
@Order(8)
@ExtendWith(SharedSuite.class)
class AdminBroadcastTest {

    @Test
    void aTestBroadcastReachesTheBotsAdminsAndIsAnsweredWhenDone() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var lee = new ChatUser(telegram, telegram.createUser("Lee", "Admin", "lee_admin", "en"));
        lee.say("/start", "Welcome to TeleKpr, Lee!");
        UUID admin = AdminActionsTest.userId("lee_admin");
        assertEquals(200, AdminView.act("POST", "/users/" + admin + "/promote", Map.of("role", "admin"), null).status());
        Await.value("Lee an admin in the projection", () -> AdminView.act("GET", "/users/" + admin, null, null).body()
                .path("user").path("admin").asBoolean());

        var answer = AdminView.act("POST", "/broadcast", Map.of("title", "Dry run", "message", "Only admins see this",
                "emoji", "🧪", "testMode", true, "audience", "all"), null);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        assertTrue(answer.body().path("success").asBoolean(), answer.body().toString());
        assertTrue(answer.body().path("sent").asInt() >= 1, answer.body().toString());
        lee.await("Only admins see this");
    }

    @Test
    void aHalfGivenButtonIsRefusedNamingTheField() throws Exception {
        var answer = AdminView.act("POST", "/broadcast", Map.of("title", "Half", "message", "A button without a link",
                "emoji", "", "testMode", false, "audience", "all", "buttonText", "x"), null);
        assertEquals(400, answer.status(), "a half-given button: " + answer.body());
        assertEquals("buttonUrl", answer.body().path("field").asText());
    }

    @Test
    void aBroadcastToSubscribersReachesThemWithItsButtonAndNoOneElse() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var jade = new ChatUser(telegram, telegram.createUser("Jade", "Lin", "jade_lin", "en"));
        jade.say("/start", "Welcome to TeleKpr, Jade!");
        var kim = new ChatUser(telegram, telegram.createUser("Kim", "Ross", "kim_ross", "en"));
        kim.say("/start", "Welcome to TeleKpr, Kim!");
        UUID subscriber = AdminActionsTest.userId("jade_lin");
        AdminActionsTest.userId("kim_ross");
        AdminActionsTest.awaitWallet(subscriber);
        assertEquals(200, AdminView.act("POST", "/users/" + subscriber + "/subscription",
                Map.of("action", "grant", "days", 30, "reason", "launch gift"), null).status());
        Await.value("Jade a subscriber in the projection", () -> AdminView.act("GET", "/users/" + subscriber, null, null)
                .body().path("user").path("subscriber").asBoolean());

        var order = Map.of("title", "Premium night", "message", "Double sites tonight for subscribers", "emoji", "🌙",
                "testMode", false, "audience", "subscribers", "buttonText", "Read more", "buttonUrl", "https://example.com/night");
        JsonNode preview = AdminView.act("POST", "/broadcast/preview", order, null).body();
        assertTrue(preview.path("text").asText().startsWith("🌙 Premium night"), preview.toString());
        assertTrue(preview.path("recipients").asInt() >= 1, preview.toString());

        var sent = AdminView.act("POST", "/broadcast", order, UUID.randomUUID().toString());
        assertEquals(202, sent.status(), String.valueOf(sent.body()));
        String id = sent.body().path("id").asText();
        var told = jade.await("Double sites tonight for subscribers");
        assertEquals("https://example.com/night", ChatUser.urlOf(told));
        Await.value("the broadcast done", () -> AdminView.act("GET", "/broadcast/" + id, null, null).body()
                .path("status").asText().equals("completed"));
        assertFalse(kim.latest().text().contains("Double sites tonight"), "Kim is no subscriber");
        assertEquals(409, AdminView.act("POST", "/broadcast/" + id + "/cancel", null, null).status(),
                "a finished broadcast cannot be cancelled");
    }
}
