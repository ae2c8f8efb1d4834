package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asBotGateway;
import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static com.telekpr.order.saga.OrderTraffic.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SubscriberQueueTest {

    @Test
    void aSubscriberPaysTheSubscriberPriceAndIsQueuedAheadOfRegularOrders() {
        UUID regular = UUID.randomUUID();
        UUID subscriber = UUID.randomUUID();
        var regularOrder = place(regular, profileOf(regular), "SITES_100", true);
        var regularQueued = debit(regular, regularOrder);

        send(subscriber, new SubscriptionActivated(UUID.randomUUID(), "premium",
                Instant.now().plus(Duration.ofDays(30)), 300, 200));
        Await.until("the subscription is replicated",
                () -> Sql.count("select count(*) from orders.subscribers where user_id = ?", subscriber) == 1);
        var subscriberOrder = place(subscriber, profileOf(subscriber), "SITES_100", true);
        assertEquals(60 + 30, subscriberOrder.tokenCost());
        assertTrue(subscriberOrder.subscriberDiscountApplied());

        var subscriberQueued = debit(subscriber, subscriberOrder);
        assertTrue(subscriberQueued.priority());
        assertTrue(subscriberQueued.queuePosition() < regularQueued.queuePosition() + 1);
        int regularNow = asBotGateway().get("/orders/" + regularOrder.orderId()).then().statusCode(200)
                .extract().path("queuePosition");
        assertEquals(regularQueued.queuePosition() + 1, regularNow, "the subscriber's order went ahead");
        asBotGateway().get("/orders/" + subscriberOrder.orderId()).then().body("priority", equalTo(true));
    }
}
