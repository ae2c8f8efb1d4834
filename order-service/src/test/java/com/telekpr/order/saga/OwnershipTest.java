package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asBotGateway;
import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static com.telekpr.order.saga.OrderTraffic.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.OrderCommand.CancelOrder;
import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A user can neither order with, read nor cancel what is another user's; the answer does not say it exists. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OwnershipTest {

    @Test
    void anotherUsersProfileCannotBeOrderedWith() {
        UUID alice = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        UUID alicesProfile = profileOf(alice);
        UUID order = UUID.randomUUID();
        send(mallory, new PlaceOrder(order, alicesProfile, "SITES_100", false));

        assertEquals(new OrderRejected(order, "UNKNOWN_PROFILE", 0, 0), ORDER_EVENTS.awaitOne(mallory, OrderRejected.class));
        asBotGateway().get("/orders/" + order).then().statusCode(404);
    }

    @Test
    void anotherUsersOrderCannotBeReadOrCancelled() {
        UUID alice = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        var placed = place(alice, profileOf(alice), "SITES_100", false);
        debit(alice, placed);

        asBotGateway().queryParam("userId", mallory.toString()).get("/orders/" + placed.orderId()).then().statusCode(404)
                .body("message", equalTo("no order " + placed.orderId()));
        asBotGateway().queryParam("userId", alice.toString()).get("/orders/" + placed.orderId()).then().statusCode(200);

        send(mallory, new CancelOrder(placed.orderId(), "mine now"));
        send(alice, new CancelOrder(placed.orderId(), "changed my mind"));
        var cancelled = ORDER_EVENTS.awaitOne(alice, OrderCancelled.class);
        assertEquals(alice, cancelled.cancelledBy());
        assertEquals(0, ORDER_EVENTS.of(mallory, OrderCancelled.class).size());
    }
}
