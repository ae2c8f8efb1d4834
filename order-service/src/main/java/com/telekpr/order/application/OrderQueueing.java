package com.telekpr.order.application;

import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.Envelope;
import com.telekpr.events.Event;
import com.telekpr.order.domain.Order;
import com.telekpr.order.store.OrderEntity;
import com.telekpr.order.store.OrderRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The saga's answer step: the wallet debited (→ pending, in the queue: subscribers' orders ahead of
 * everyone else's, first come first served within each) or refused (→ rejected).
 */
@ApplicationScoped
public class OrderQueueing {
    /** Subtracted from a priority order's key: ~317 years of milliseconds puts it ahead of every regular one. */
    static final double PRIORITY_OFFSET = 1e13;

    private final OrderRepository orders;
    private final OrderBook book;
    private final Outbox outbox;

    OrderQueueing(OrderRepository orders, OrderBook book, Outbox outbox) {
        this.orders = orders;
        this.book = book;
        this.outbox = outbox;
    }

    public Uni<Void> debited(Envelope cause, TokensDebited debited) {
        return decide(cause, debited.orderId(), (row, order) -> {
            row.queueKey = System.currentTimeMillis() - (row.priority ? PRIORITY_OFFSET : 0);
            row.status = "pending"; // the position counts the orders ahead of this key among the pending
            return orders.positionOf(row).map(position -> order.acceptDebit(position, debited.balanceAfter()));
        });
    }

    public Uni<Void> rejected(Envelope cause, TokenDebitRejected rejected) {
        return decide(cause, rejected.orderId(), (row, order) -> Uni.createFrom().item(
                order.rejectForBalance(rejected.reason(), rejected.balance(), rejected.required())));
    }

    private Uni<Void> decide(Envelope cause, UUID orderId, Decision decision) {
        return Panache.withTransaction(() -> orders.lock(orderId).chain(row -> {
            if (row == null || !"awaiting_tokens".equals(row.status)) {
                return Uni.createFrom().voidItem(); // unknown, or answered before
            }
            var order = new Order(row.toData());
            return decision.apply(row, order).chain(events -> book.save(row, order)
                    .chain(() -> outbox.appendCausedBy(cause, orderId.toString(), events)));
        }));
    }

    @FunctionalInterface
    private interface Decision {
        Uni<List<Event>> apply(OrderEntity row, Order order);
    }
}
