package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asBotGateway;
import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static com.telekpr.order.saga.OrderTraffic.SENDER;
import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static com.telekpr.order.saga.OrderTraffic.send;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.telekpr.testkit.TestCallers;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OrderSagaTest {

    @Test
    void aDebitedOrderIsQueuedWithItsPositionAndHistory() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_250", true);
        assertEquals(250 + 50, placed.tokenCost());
        assertEquals(false, placed.subscriberDiscountApplied());
        assertEquals("250 sites", placed.packageName());

        OrderQueued queued = debit(user, placed);
        assertEquals("250 sites", queued.packageName()); // kept on the order, read back for the later event
        asBotGateway().get("/orders/" + placed.orderId()).then().statusCode(200)
                .body("status", equalTo("pending"))
                .body("queuePosition", equalTo(queued.queuePosition()))
                .body("history.to", contains("awaiting_tokens", "pending"));
    }

    @Test
    void aRefusedDebitRejectsTheOrderWithWhatIsMissing() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_1500", false);
        send(user, new TokenDebitRejected(placed.orderId(), "INSUFFICIENT_BALANCE", 200, 1550));

        assertEquals(new OrderRejected(placed.orderId(), "INSUFFICIENT_BALANCE", 200, 1550),
                ORDER_EVENTS.awaitOne(user, OrderRejected.class));
        asBotGateway().get("/orders/" + placed.orderId()).then().body("status", equalTo("rejected"));
    }

    @Test
    void duplicateCommandsAndWalletAnswersChangeNothing() {
        UUID user = UUID.randomUUID();
        UUID profile = profileOf(user);
        UUID order = UUID.randomUUID();
        Envelope command = Envelope.first("bot", user, "o", new PlaceOrder(order, profile, "SITES_100", false));
        SENDER.send(command);
        SENDER.send(command);
        send(user, new PlaceOrder(order, profile, "SITES_100", false));
        var placed = ORDER_EVENTS.awaitOne(user, OrderPlaced.class);
        Envelope debited = Envelope.first("wallet", user, "o", new TokensDebited(order, placed.tokenCost(), 900));
        SENDER.send(debited);
        SENDER.send(debited);
        send(user, new TokenDebitRejected(order, "INSUFFICIENT_BALANCE", 0, 100)); // too late: already queued
        // sentinels behind the repeats, on both topics: once they are answered, every repeat was handled
        var second = place(user, profile, "SITES_100", false);
        debit(user, second);

        assertEquals(2, ORDER_EVENTS.of(user, OrderPlaced.class).size());
        assertEquals(2, ORDER_EVENTS.of(user, OrderQueued.class).size());
        assertEquals(0, ORDER_EVENTS.of(user, OrderRejected.class).size());
    }

    @Test
    void cancellingAQueuedOrderEmitsOrderCancelledOnceAndThenRefusesAgain() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_100", false);
        debit(user, placed);
        UUID admin = UUID.randomUUID();
        var asAdmin = RestAssured.given().auth().oauth2(TestCallers.staffToken("admin", admin)).contentType("application/json");
        String cancel = "{\"note\":\"duplicate of another\",\"customerMessage\":\"customer asked\"}";

        asAdmin.body(cancel).post("/orders/" + placed.orderId() + "/cancel")
                .then().statusCode(200).body("status", equalTo("cancelled"));
        asAdmin.body(cancel).post("/orders/" + placed.orderId() + "/cancel")
                .then().statusCode(409).body("error", equalTo("illegal_transition"));
        assertEquals(new OrderCancelled(placed.orderId(), "pending", admin, "customer asked"),
                ORDER_EVENTS.awaitOne(user, OrderCancelled.class));
        assertEquals(1, ORDER_EVENTS.of(user, OrderCancelled.class).size());
    }
}
