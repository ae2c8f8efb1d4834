package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.testkit.Await;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff actions through admin-api, end to end on the whole suite: each reaches its owner once however often it is
 * sent with its key, is audited with before and after, and comes back through the events into admin's projections;
 * an operator promoted in the panel signs in with a linked account, takes the next order and completes it, and the
 * customer reads only the message meant for them.
 */
@Order(5)
@ExtendWith(SharedSuite.class)
class AdminActionsTest {

    @Test
    void tokensSentTwiceWithOneKeyAreAddedOnceAndAuditedWithBeforeAndAfter() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var dana = new ChatUser(telegram, telegram.createUser("Dana", "Reyes", "dana_reyes", "en"));
        dana.say("/start", "Welcome to TeleKpr, Dana!");
        UUID user = userId("dana_reyes");
        awaitWallet(user);
        String key = UUID.randomUUID().toString();
        var grant = Map.of("amount", 40, "reason", "goodwill after an outage");
        var first = AdminView.act("PUT", "/users/" + user + "/tokens", grant, key);
        var again = AdminView.act("PUT", "/users/" + user + "/tokens", grant, key);
        assertEquals(200, first.status(), String.valueOf(first.body()));
        assertEquals(first.body(), again.body(), "the repeat is answered as the first time");
        assertEquals(40, PublicApi.get("http://127.0.0.1:8084/accounts/" + user).path("balance").asInt());
        Await.value("the projection's balance", () -> AdminView.act("GET", "/users/" + user, null, null).body()
                .path("user").path("balance").asInt() == 40);

        List<JsonNode> entries = audit("user.tokens", "user:" + user);
        assertEquals(2, entries.size());
        for (JsonNode entry : entries) {
            assertEquals("success", entry.path("outcome").asText());
            assertEquals(40, entry.path("after").path("balanceAfter").asInt(), "the repeat's answer is the first one's");
            assertEquals(key, entry.path("idempotencyKey").asText());
        }
        assertEquals(0, entries.get(1).path("before").path("balance").asInt(), "the first saw the balance before");
        var refused = AdminView.act("PUT", "/users/" + user + "/tokens", Map.of("amount", -500, "reason", "too much"), null);
        assertEquals(409, refused.status(), String.valueOf(refused.body()));
        Await.value("the refusal audited", () -> audit("user.tokens", "user:" + user).stream()
                .anyMatch(entry -> entry.path("outcome").asText().equals("refused")));
    }

    @Test
    void aPromotedOperatorTakesTheNextOrderOnceAndTellsTheCustomerOnlyTheirMessage() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var erin = new ChatUser(telegram, telegram.createUser("Erin", "Walsh", "erin_walsh", "en"));
        erin.say("/start", "Welcome to TeleKpr, Erin!");
        Journeys.register(erin, "Erin", "Walsh");
        Journeys.buyTokens(erin, SharedSuite.stack().oxapay(), 500);
        Journeys.orderSummary(erin, "SITES_100");
        erin.tap(":confirm", "is in the queue");
        UUID customer = userId("erin_walsh");
        UUID order = Await.value("Erin's order in the projection", () -> {
            JsonNode items = AdminView.act("GET", "/orders?user=" + customer, null, null).body().path("items");
            return items.size() == 1 && items.get(0).path("status").asText().equals("pending")
                    ? UUID.fromString(items.get(0).path("orderId").asText()) : null;
        });
        assertEquals(200, AdminView.act("PUT", "/queue/" + order, Map.of("position", 1), null).status(), "first in line");

        var finn = new ChatUser(telegram, telegram.createUser("Finn", "Oper", "finn_oper", "en"));
        finn.say("/start", "Welcome to TeleKpr, Finn!");
        UUID operator = userId("finn_oper");
        assertEquals(200, AdminView.act("POST", "/users/" + operator + "/promote", Map.of("role", "operator"), null).status());
        String password = "finn-" + UUID.randomUUID();
        Await.value("Finn an operator in the projection", () -> AdminView.act("GET", "/users/" + operator, null, null)
                .body().path("user").path("operator").asBoolean());
        assertEquals(201, AdminView.act("POST", "/staff", Map.of("username", "finn", "password", password,
                "telegramUserId", operator.toString()), null).status());
        String finnToken = AdminView.signIn("finn", password);

        String take = UUID.randomUUID().toString();
        var taken = AdminView.act(finnToken, "POST", "/queue/take-next", null, take);
        var retried = AdminView.act(finnToken, "POST", "/queue/take-next", null, take);
        assertEquals(200, taken.status(), String.valueOf(taken.body()));
        assertEquals(order.toString(), taken.body().path("id").asText());
        assertEquals(order.toString(), retried.body().path("id").asText(), "the retry takes no second order");
        assertEquals("assigned", taken.body().path("status").asText());
        assertEquals(operator.toString(), taken.body().path("operatorId").asText());

        var done = AdminView.act(finnToken, "PUT", "/orders/" + order + "/status", Map.of("status", "completed",
                "note", "internal: rushed it", "customerMessage", "Your 100 sites are live"), null);
        assertEquals(200, done.status(), String.valueOf(done.body()));
        var told = erin.await("assigned → completed");
        assertTrue(told.text().contains("Your 100 sites are live"), told.text());
        assertFalse(told.text().contains("rushed"), "staff's note stays with staff: " + told.text());

        assertEquals(403, AdminView.act(finnToken, "POST", "/users/" + customer + "/promote", Map.of("role", "admin"), null)
                .status(), "an operator changes no roles");
        Await.value("the completion in the projection with both texts", () -> {
            JsonNode history = AdminView.act("GET", "/orders/" + order, null, null).body().path("history");
            return StreamSupport.stream(history.spliterator(), false).anyMatch(step -> "completed".equals(step.path("to")
                    .asText()) && "internal: rushed it".equals(step.path("note").asText())
                    && "Your 100 sites are live".equals(step.path("customerMessage").asText()));
        });
    }

    /** The wallet opens a user's account from UserRegistered on its own time; before, a wallet action is a 404. */
    static void awaitWallet(UUID user) {
        Await.value("the token account of " + user, () -> PublicApi.status("http://127.0.0.1:8084/accounts/" + user) == 200);
    }

    static UUID userId(String username) {
        return Await.value(username + " in admin's users", () -> {
            JsonNode items = AdminView.act("GET", "/users?q=" + username, null, null).body().path("items");
            return items.size() == 1 ? UUID.fromString(items.get(0).path("userId").asText()) : null;
        });
    }

    private static List<JsonNode> audit(String action, String target) throws Exception {
        JsonNode items = AdminView.act("GET", "/audit?action=" + action + "&q=" + target.replace(":", "%3A") + "&size=50",
                null, null).body().path("items");
        return StreamSupport.stream(items.spliterator(), false).filter(entry -> target.equals(entry.path("target").asText()))
                .toList();
    }
}
