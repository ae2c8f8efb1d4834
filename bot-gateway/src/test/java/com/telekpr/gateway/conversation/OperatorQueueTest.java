package com.telekpr.gateway.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /queue for operators (900000002 in the test profile): take next, add a note, complete; others are refused. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OperatorQueueTest {
    private final PeerServices peers = PeerServices.start();

    @Test
    void anOperatorTakesNotesAndCompletesAnOrder() {
        var customer = new BotChat("en");
        customer.say("/start");
        UUID order = peers.addOrder(customer.userId(), "pending", 0);
        var operator = new BotChat(900_000_002L, "en");
        assertTrue(operator.say("/help").text().contains("/queue"));
        assertTrue(operator.say("/queue").text().contains("waiting — next up:"), operator.last().text());

        var taken = operator.press(":take");
        String takeAgain = operator.button(data -> data.endsWith(":take")).callbackData();
        String reference = "#" + order.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        assertTrue(taken.text().startsWith("▶️ You took order " + reference), taken.text());
        assertEquals("assigned", peers.orders.get(order).get("status"));
        assertTrue(operator.press("op:note:" + order).text().startsWith("📝 Type the note"));
        assertTrue(operator.say("customer asked for speed").text().startsWith("📝 Note added to order #"));
        assertEquals("customer asked for speed", peers.orders.get(order).get("notes"));
        assertTrue(operator.press("op:done:" + order).text().startsWith("✅ Order #"));
        assertEquals("completed", peers.orders.get(order).get("status"));
        String actor = operator.userId().toString();
        assertEquals(List.of("take-next:assigned:" + actor, "notes:assigned:" + actor, "status:completed:" + actor),
                peers.operatorMoves.stream().filter(m -> m.endsWith(actor)).toList());
        // each move's key names its Telegram update and step, so the update's retry repeats none of them
        var keys = peers.moveKeys.stream().filter(k -> k.startsWith("telegram-update:")).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "one key per move: " + keys);
        assertTrue(keys.stream().anyMatch(k -> k.endsWith(":take-next")) && keys.stream().anyMatch(k -> k.endsWith(":note"))
                && keys.stream().anyMatch(k -> k.endsWith(":complete")), keys.toString());

        UUID second = peers.addOrder(customer.userId(), "pending", 0);
        operator.press(":take");
        assertEquals("assigned", peers.orders.get(second).get("status"));
        assertTrue(operator.pressData(takeAgain).text().startsWith("⌛"), "an old Take next takes nothing");
        peers.orders.get(second).put("status", "cancelled");

        var again = operator.pressData("op:done:" + order);
        assertTrue(again.text().startsWith("❌ cannot move an order from completed to completed"), again.text());
    }

    @Test
    void customersCannotUseTheQueue() {
        var chat = new BotChat("en");
        assertEquals("⛔ The queue is for operators only.", chat.say("/queue").text());
        assertEquals("⛔ The queue is for operators only.", chat.pressData("op:take").text());
    }
}
