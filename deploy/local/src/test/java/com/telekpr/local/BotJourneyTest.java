package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.testkit.Await;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole bot journey against the whole suite started as the run command starts it (every service its
 * own JVM, real Postgres and Kafka, the Telegram and OxaPay sandboxes), driven only from outside: people
 * typing and tapping in the Telegram sandbox, paying on the OxaPay sandbox, and the public REST reports.
 */
@Order(1)
@ExtendWith(SharedSuite.class)
class BotJourneyTest {
    private static final int TIMED_ORDERS = 10;

    @Test
    void registerBuyOrderWorkTheQueueCancelAndAudit() throws Exception {
        var telegram = SharedSuite.stack().telegram();
        var ana = new ChatUser(telegram, telegram.createUser("Ana", "Lopez", "ana_lopez", "en"));
        ana.say("/start", "Welcome to TeleKpr, Ana!");
        Journeys.register(ana, "Ana", "Lopez");
        Journeys.buyTokens(ana, SharedSuite.stack().oxapay(), 2_500);

        List<Long> confirmToQueued = new ArrayList<>();
        List<SentMessage> queuedNotices = new ArrayList<>();
        for (int i = 0; i < TIMED_ORDERS; i++) {
            Journeys.orderSummary(ana, "SITES_100");
            long tapped = System.nanoTime();
            // the queued notice (order.events) may overtake the "placing your order" reply (notification.commands)
            SentMessage queued = ana.tap(":confirm", "is in the queue");
            confirmToQueued.add((queued.receivedAtNanos() - tapped) / 1_000_000);
            queuedNotices.add(queued);
        }
        SentMessage firstQueued = queuedNotices.get(0);
        SentMessage lastQueued = queuedNotices.get(TIMED_ORDERS - 1);
        assertTrue(firstQueued.text().contains("Queue position: 1"), firstQueued.text());
        assertTrue(firstQueued.text().contains("Package: 100 sites"), firstQueued.text()); // the name, not SITES_100
        assertTrue(lastQueued.text().contains("Queue position: " + TIMED_ORDERS), lastQueued.text());
        assertTrue(lastQueued.text().contains("Balance: 1,500 tokens"), lastQueued.text());

        var ben = new ChatUser(telegram, telegram.createUser("Ben", "Short", null, "en"));
        ben.say("/start", "Welcome");
        Journeys.register(ben, "Ben", "Short");
        SentMessage shortSummary = Journeys.orderSummary(ben, "SITES_250");
        assertTrue(shortSummary.text().contains("You are short by 250 tokens"), shortSummary.text());
        assertEquals("menu:tokens", ChatUser.buttonOf(shortSummary, data -> data.equals("menu:tokens")).callbackData());

        var olga = new ChatUser(telegram, ThirdParties.SANDBOX_OPERATOR);
        olga.say("/queue", TIMED_ORDERS + " order(s) waiting");
        String reference = firstQueued.text().substring(firstQueued.text().indexOf('#'), firstQueued.text().indexOf('#') + 9);
        olga.tap(":take", "You took order " + reference);
        ana.await("Order " + reference + ": pending → processing");
        olga.tap("op:done:", "Order " + reference + " is completed");
        ana.await("Order " + reference + ": processing → assigned");
        ana.await("Order " + reference + ": assigned → completed");

        ana.say("/orders", "Your orders");
        ana.tap("ords:pending:0", "Pending");
        ana.tap("ord:v:", "Status: 🕒 pending");
        ana.tap("ord:c:", "Its 100 tokens will be refunded");
        SentMessage refund = ana.tap("ord:cc:", "100 tokens refunded");
        assertTrue(refund.text().contains("Balance: 1,600 tokens"), refund.text());

        JsonNode ledger = PublicApi.get("http://127.0.0.1:8084/ledger/verification");
        assertTrue(ledger.path("consistent").asBoolean(), ledger.toString());
        JsonNode payments = PublicApi.get("http://127.0.0.1:8085/reconciliation");
        assertEquals(0, payments.path("paidButNotCredited").size(), payments.toString());

        // admin-api saw it all, from events alone: the dashboard's figures, and the order on its live stream
        Await.until("admin-api's figures to show the journey", () -> AdminView.stats().path("ordersByStatus")
                .path("cancelled").asInt() == 1 && AdminView.stats().path("ordersByStatus").path("completed").asInt() == 1);
        JsonNode stats = AdminView.stats();
        assertEquals(TIMED_ORDERS, stats.path("totalOrders").asInt(), stats.toString());
        assertEquals(TIMED_ORDERS - 2, stats.path("ordersByStatus").path("pending").asInt(), stats.toString());
        assertEquals(250.0, stats.path("revenue").path("totalUsd").asDouble(), 0.001, "2,500 tokens at $0.10");
        assertEquals(0.1, stats.path("completionRate").asDouble(), 1e-9, stats.toString());
        assertEquals(2, stats.path("totalCustomers").asInt(), stats.toString());
        assertTrue(stats.path("systemHealth").path("allReady").asBoolean(), stats.toString());
        String placed = AdminView.streamedEvent("OrderPlaced",
                reference.substring(1).toLowerCase(java.util.Locale.ROOT), Duration.ofSeconds(60));
        assertTrue(placed.contains("100 sites"), placed);

        confirmToQueued.sort(Long::compare);
        System.out.printf("end to end: %d orders, Confirm tap → \"queued\" message p50 %d ms, p99 %d ms, max %d ms;"
                        + " ledger consistent over %d accounts%n", TIMED_ORDERS, confirmToQueued.get(TIMED_ORDERS / 2),
                confirmToQueued.get((int) (TIMED_ORDERS * 0.99)), confirmToQueued.get(TIMED_ORDERS - 1),
                ledger.path("accountsChecked").asInt());
    }
}
