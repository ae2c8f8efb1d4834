package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.testkit.Await;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erase means erased (PRD §9.4): a customer with a profile, a payment and an order is erased from the panel. Their
 * names never reach the kept event history in the clear; afterwards no row of any schema holds them, no service
 * answers them, a rebuild from offset 0 brings none back, and the ledger still balances under the same user id.
 */
@Order(10)
@ExtendWith(SharedSuite.class)
class EraseTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void anErasedPersonIsNowhereAndTheBooksStillBalance() throws Exception {
        String first = "Q" + letters(7);
        String last = "Z" + letters(7);
        String username = "erase_" + letters(8);
        var telegram = SharedSuite.stack().telegram();
        var chat = new ChatUser(telegram, telegram.createUser(first, last, username, "en"));
        chat.say("/start", "Welcome to TeleKpr, " + first + "!");
        Journeys.register(chat, first, last);
        Journeys.buyTokens(chat, SharedSuite.stack().oxapay(), 500);
        Journeys.orderSummary(chat, "SITES_100");
        chat.tap(":confirm", "is in the queue");
        UUID user = AdminActionsTest.userId(username);
        UUID order = Await.value("the order waiting in the projection", () -> {
            JsonNode items = AdminView.act("GET", "/orders?user=" + user, null, null).body().path("items");
            return items.size() == 1 && items.get(0).path("status").asText().equals("pending")
                    ? UUID.fromString(items.get(0).path("orderId").asText()) : null;
        });
        assertFalse(PersonalTraces.inDatabase(last).isEmpty(), "the services know the person before");
        assertEquals(List.of(), PersonalTraces.inEventHistory(last), "kept history holds names sealed only");
        assertEquals(List.of(), PersonalTraces.inEventHistory(username), "kept history holds usernames sealed only");

        var refused = AdminView.act("DELETE", "/users/" + user, null, null);
        assertEquals(409, refused.status(), String.valueOf(refused.body()));
        assertEquals("open_orders", refused.body().path("error").asText());
        assertEquals(200, AdminView.act("DELETE", "/orders/" + order, null, null).status(), "cancelled with refund");
        Await.value("the order cancelled in the projection", () -> AdminView.act("GET", "/orders/" + order, null, null)
                .body().path("order").path("status").asText().equals("cancelled"));

        String key = UUID.randomUUID().toString();
        var erased = AdminView.act("DELETE", "/users/" + user, null, key);
        assertEquals(200, erased.status(), String.valueOf(erased.body()));
        assertEquals(200, AdminView.act("DELETE", "/users/" + user, null, key).status(), "the same request again");

        for (String personal : List.of(first, last, username)) {
            assertEquals(List.of(), PersonalTraces.inDatabaseOnceSettled(personal), "rows with " + personal);
        }
        assertEquals(404, PublicApi.status("http://127.0.0.1:3002/users/" + user), "bot-gateway knows them no more");
        assertErasedInPanel(user);

        assertEquals(202, AdminView.act("POST", "/projections/rebuild", null, null).status());
        Await.value("the rebuild done", () -> AdminView.act("GET", "/projections", null, null).body().path("state")
                .asText().equals("done"));
        assertErasedInPanel(user);
        for (String personal : List.of(first, last, username)) {
            assertEquals(List.of(), PersonalTraces.inDatabase(personal), "after the rebuild");
            assertEquals(List.of(), PersonalTraces.inEventHistory(personal));
        }

        JsonNode report = AdminView.act("GET", "/reconciliation", null, null).body();
        assertTrue(report.path("ledger").path("consistent").asBoolean(), report.toString());
        assertEquals(500, PublicApi.get("http://127.0.0.1:8084/accounts/" + user).path("balance").asInt(),
                "the refund is kept under the same user id");
    }

    private static void assertErasedInPanel(UUID user) throws Exception {
        JsonNode panel = AdminView.act("GET", "/users/" + user, null, null).body().path("user");
        assertTrue(panel.path("username").isNull() && panel.path("fullName").isNull(), panel.toString());
        JsonNode profiles = AdminView.act("GET", "/customers?user=" + user, null, null).body().path("items");
        assertEquals(1, profiles.size(), profiles.toString());
        assertTrue(profiles.get(0).path("firstName").isNull() && profiles.get(0).path("email").isNull(), profiles.toString());
    }

    private static String letters(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }
}
