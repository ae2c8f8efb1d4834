package com.telekpr.order.saga;

import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.CustomerDetails;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.Envelope;
import com.telekpr.events.Message;
import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.Topics;
import com.telekpr.testkit.EventProbe;
import com.telekpr.testkit.TopicSender;
import java.time.LocalDate;
import java.util.UUID;

/** order-service's neighbours played on the real topics: bot-gateway's commands and wallet-service's answers. */
final class OrderTraffic {
    static final EventProbe ORDER_EVENTS = EventProbe.listen(Topics.ORDER_EVENTS);
    static final TopicSender SENDER = new TopicSender();

    private OrderTraffic() {
    }

    static Envelope send(UUID user, Message data) {
        Envelope envelope = Envelope.first("test-neighbour", user, "test", data);
        SENDER.send(envelope);
        return envelope;
    }

    static CustomerDetails sarah() {
        return new CustomerDetails("Sarah", null, "Miller", "sarah@example.com", "415-555-0123", "female",
                LocalDate.parse("1990-04-12"), "1 Market St", null, "San Francisco", "CA", "94105", null, null, null);
    }

    /** A registered profile of {@code user}, as the bot's wizard would create it. */
    static UUID profileOf(UUID user) {
        UUID profile = UUID.randomUUID();
        send(user, new RegisterCustomer(profile, sarah(), null, false));
        ORDER_EVENTS.await(user, CustomerRegistered.class, ORDER_EVENTS.of(user, CustomerRegistered.class).size() + 1);
        return profile;
    }

    static OrderPlaced place(UUID user, UUID profile, String pack, boolean email) {
        UUID order = UUID.randomUUID();
        send(user, new PlaceOrder(order, profile, pack, email));
        OrderTraffic.awaitOrder(user, order);
        return ORDER_EVENTS.of(user, OrderPlaced.class).stream().filter(p -> p.orderId().equals(order)).findFirst()
                .orElseThrow();
    }

    private static void awaitOrder(UUID user, UUID order) {
        com.telekpr.testkit.Await.until("OrderPlaced " + order, () -> ORDER_EVENTS.of(user, OrderPlaced.class).stream()
                .anyMatch(placed -> placed.orderId().equals(order)));
    }

    /** Plays wallet-service debiting the order, and waits until it is queued. */
    static OrderQueued debit(UUID user, OrderPlaced placed) {
        send(user, new TokensDebited(placed.orderId(), placed.tokenCost(), 1000));
        com.telekpr.testkit.Await.until("OrderQueued " + placed.orderId(), () -> ORDER_EVENTS.of(user,
                OrderQueued.class).stream().anyMatch(queued -> queued.orderId().equals(placed.orderId())));
        return ORDER_EVENTS.of(user, OrderQueued.class).stream()
                .filter(queued -> queued.orderId().equals(placed.orderId())).findFirst().orElseThrow();
    }
}
