package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.testkit.Await;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk actions and archiving on the whole suite: a bulk cancel where one order cannot be cancelled reports that one
 * and does the rest (refunded, exactly once however often it is sent); an archived order leaves the default list.
 */
@Order(6)
@ExtendWith(SharedSuite.class)
class AdminBulkAndArchiveTest {

    @Test
    void aBulkCancelReportsTheOneItCannotDoAndRefundsTheRestOnce() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var gil = new ChatUser(telegram, telegram.createUser("Gil", "Moss", "gil_moss", "en"));
        gil.say("/start", "Welcome to TeleKpr, Gil!");
        Journeys.register(gil, "Gil", "Moss");
        Journeys.buyTokens(gil, SharedSuite.stack().oxapay(), 500);
        for (int i = 0; i < 3; i++) {
            Journeys.orderSummary(gil, "SITES_100");
            gil.tap(":confirm", "is in the queue");
        }
        UUID user = AdminActionsTest.userId("gil_moss");
        List<String> orders = Await.value("Gil's three orders waiting", () -> {
            JsonNode items = AdminView.act("GET", "/orders?user=" + user + "&status=pending", null, null).body().path("items");
            return items.size() == 3 ? ids(items) : null;
        });
        int before = PublicApi.get("http://127.0.0.1:8084/accounts/" + user).path("balance").asInt();
        String completed = orders.get(2);
        assertEquals(200, AdminView.act("PUT", "/orders/" + completed + "/status", Map.of("status", "processing"), null)
                .status());
        assertEquals(200, AdminView.act("PUT", "/orders/" + completed + "/status", Map.of("status", "cancelled"), null)
                .status(), "cancelled before the bulk: the bulk cannot cancel it again");

        String key = UUID.randomUUID().toString();
        var bulk = Map.of("ids", orders, "action", "cancel", "customerMessage", "Cancelled at your request");
        var first = AdminView.act("POST", "/orders/bulk", bulk, key);
        var again = AdminView.act("POST", "/orders/bulk", bulk, key);
        assertEquals(200, first.status(), String.valueOf(first.body()));
        assertEquals(2, first.body().path("done").asInt(), first.body().toString());
        assertEquals(1, first.body().path("refused").asInt(), first.body().toString());
        JsonNode refused = StreamSupport.stream(first.body().path("results").spliterator(), false)
                .filter(result -> result.path("outcome").asText().equals("refused")).findFirst().orElseThrow();
        assertEquals(completed, refused.path("id").asText());
        assertEquals(409, refused.path("status").asInt());
        assertEquals(2, again.body().path("done").asInt(), "the repeat answers the done ones as before");
        Await.value("three refunds, once each", () -> balance(user) == before + 300);
        gil.await("Cancelled at your request");

        String archived = orders.get(0);
        assertEquals(200, AdminView.act("DELETE", "/orders/" + archived, null, null).status());
        Await.value("the archived order gone from the default list", () -> !ids(AdminView.act("GET", "/orders?user="
                + user, null, null).body().path("items")).contains(archived));
        assertTrue(ids(AdminView.act("GET", "/orders?user=" + user + "&archived=only", null, null).body().path("items"))
                .contains(archived));
        assertEquals(before + 300, balance(user), "archiving a cancelled order refunds nothing more");
    }

    private static int balance(UUID user) {
        try {
            return PublicApi.get("http://127.0.0.1:8084/accounts/" + user).path("balance").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("orderId").asText()));
        return ids;
    }
}
