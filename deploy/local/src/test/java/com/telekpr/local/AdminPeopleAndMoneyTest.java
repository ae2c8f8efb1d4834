package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.testkit.Await;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The panel's people and money actions on the whole suite: an underpaid invoice credited by hand once, free premium,
 * a message in the customer's chat, a password revealed with its reason (which the audit keeps, and not the
 * password), the reconciliation, and a price list edit where one entry breaks a rule and the other is made.
 */
@Order(7)
@ExtendWith(SharedSuite.class)
class AdminPeopleAndMoneyTest {

    @Test
    void anUnderpaidInvoiceIsCreditedByHandOnceAndTheBooksStillBalance() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var hana = new ChatUser(telegram, telegram.createUser("Hana", "Sato", "hana_sato", "en"));
        hana.say("/start", "Welcome to TeleKpr, Hana!");
        hana.say("/tokens", "Balance");
        String url = ChatUser.urlOf(hana.tap("tok:buy:100", "Pay "));
        SharedSuite.stack().oxapay().underpay(url.substring(url.lastIndexOf('/') + 1));
        hana.await("short of the invoice amount");
        UUID user = AdminActionsTest.userId("hana_sato");
        String payment = Await.value("the underpaid payment (failed) in the projection", () -> {
            JsonNode items = AdminView.act("GET", "/payments?user=" + user, null, null).body().path("items");
            return items.size() == 1 && items.get(0).path("status").asText().equals("failed")
                    ? items.get(0).path("paymentId").asText() : null;
        });
        String key = UUID.randomUUID().toString();
        var reason = Map.of("reason", "the rest arrived by bank transfer");
        assertEquals(200, AdminView.act("POST", "/payments/" + payment + "/accept", reason, key).status());
        assertEquals(200, AdminView.act("POST", "/payments/" + payment + "/accept", reason, key).status());
        hana.await("Payment confirmed: 100 tokens added");
        Await.value("the credit in the wallet", () -> balance(user) == 100);
        assertEquals(409, AdminView.act("POST", "/payments/" + payment + "/accept", reason, null).status(),
                "a confirmed payment is not accepted again");

        // payment-service marks the payment credited from its own read of wallet.events, which may lag the chat
        JsonNode report = Await.value("the paid payment reconciled as credited", () -> {
            JsonNode now = AdminView.act("GET", "/reconciliation", null, null).body();
            JsonNode unsettled = now.path("payments").path("paidButNotCredited");
            return unsettled.isArray() && unsettled.isEmpty() ? now : null;
        });
        assertTrue(report.path("ledger").path("consistent").asBoolean(), report.toString());
        assertEquals(100, balance(user), "credited once");
    }

    @Test
    void premiumAMessageAndARevealedPasswordAreEachAudited() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var ivan = new ChatUser(telegram, telegram.createUser("Ivan", "Petrov", "ivan_petrov", "en"));
        ivan.say("/start", "Welcome to TeleKpr, Ivan!");
        Journeys.register(ivan, "Ivan", "Petrov");
        UUID user = AdminActionsTest.userId("ivan_petrov");
        AdminActionsTest.awaitWallet(user);

        var granted = AdminView.act("POST", "/users/" + user + "/subscription",
                Map.of("action", "grant", "days", 7, "reason", "apology for the outage"), null);
        assertEquals(200, granted.status(), String.valueOf(granted.body()));
        Await.value("Ivan a subscriber in the projection", () -> AdminView.act("GET", "/users/" + user, null, null).body()
                .path("user").path("subscriber").asBoolean());

        assertEquals(202, AdminView.act("POST", "/users/" + user + "/message", Map.of("text", "Hello from support 👋"), null)
                .status());
        ivan.await("Hello from support 👋");

        String profile = Await.value("Ivan's profile in the projection", () -> {
            JsonNode items = AdminView.act("GET", "/customers?user=" + user, null, null).body().path("items");
            return items.size() == 1 ? items.get(0).path("profileId").asText() : null;
        });
        assertEquals(400, AdminView.act("POST", "/customers/" + profile + "/password", Map.of("reason", ""), null).status());
        var revealed = AdminView.act("POST", "/customers/" + profile + "/password",
                Map.of("reason", "order check for ticket 4411"), null);
        assertEquals(200, revealed.status(), String.valueOf(revealed.body()));
        JsonNode entry = AdminView.act("GET", "/audit?action=customer.password_revealed&size=50", null, null).body()
                .path("items").get(0);
        assertEquals("order check for ticket 4411", entry.path("parameters").path("reason").asText());
        assertEquals("success", entry.path("outcome").asText());
        assertTrue(entry.path("after").isNull() || entry.path("after").isMissingNode(), "the password stays out: " + entry);
    }

    @Test
    void aPriceListEditMakesTheGoodEntryAndNamesTheBadOne() throws Exception {
        List<JsonNode> entries = Await.value("the catalogue in the projection", () -> {
            JsonNode all = AdminView.act("GET", "/catalogue", null, null).body();
            return all.size() > 1 ? List.of(all.get(0), all.get(1)) : null;
        });
        JsonNode first = entries.get(0);
        JsonNode second = entries.get(1);
        int price = first.path("regularPrice").asInt();
        var edit = Map.of("entries", List.of(
                Map.of("code", first.path("code").asText(), "regularPrice", price + 1,
                        "subscriberPrice", first.path("subscriberPrice").asInt()),
                Map.of("code", second.path("code").asText(), "regularPrice", 10, "subscriberPrice", 20)));
        var answer = AdminView.act("PUT", "/catalogue", edit, null);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        assertEquals("done", answer.body().get(0).path("outcome").asText(), answer.body().toString());
        assertEquals("refused", answer.body().get(1).path("outcome").asText(), answer.body().toString());
        assertFalse(answer.body().get(1).path("message").asText().isBlank());
        Await.value("the new price in the projection", () -> AdminView.act("GET", "/catalogue", null, null).body().get(0)
                .path("regularPrice").asInt() == price + 1);
        var restore = Map.of("entries", List.of(Map.of("code", first.path("code").asText(), "regularPrice", price,
                "subscriberPrice", first.path("subscriberPrice").asInt())));
        assertEquals("done", AdminView.act("PUT", "/catalogue", restore, null).body().get(0).path("outcome").asText());
    }

    private static int balance(UUID user) {
        try {
            return PublicApi.get("http://127.0.0.1:8084/accounts/" + user).path("balance").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
