package com.telekpr.order.application;

import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.Envelope;
import com.telekpr.events.Event;
import com.telekpr.order.domain.Order;
import com.telekpr.order.store.OrderRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The saga's answer step: the wallet debited (→ pending, in the queue) or refused (→ rejected). The
 * order decides both, and ignores an answer once it is no longer awaiting tokens.
 */
@ApplicationScoped
public class OrderQueueing {
    private final OrderRepository orders;
    private final OrderBook book;
    private final Outbox outbox;

    OrderQueueing(OrderRepository orders, OrderBook book, Outbox outbox) {
        this.orders = orders;
        this.book = book;
        this.outbox = outbox;
    }

    /**
     * The position is counted before the order decides, since the OrderQueued it returns carries it; a
     * repeated debit costs that one count and is then ignored.
     */
    public Uni<Void> debited(Envelope cause, TokensDebited debited) {
        return decide(cause, debited.orderId(), order -> {
            double key = order.queueKeyAt(Instant.now());
            return orders.positionAt(key).map(position -> order.queue(key, position, debited.balanceAfter()));
        });
    }

    public Uni<Void> rejected(Envelope cause, TokenDebitRejected rejected) {
        return decide(cause, rejected.orderId(), order -> Uni.createFrom().item(
                order.rejectForBalance(rejected.reason(), rejected.balance(), rejected.required())));
    }

    private Uni<Void> decide(Envelope cause, UUID orderId, Function<Order, Uni<List<Event>>> decision) {
        return Panache.withTransaction(() -> orders.lock(orderId).chain(row -> {
            if (row == null) {
                return Uni.createFrom().voidItem(); // not an order of ours
            }
            var order = new Order(row.toData());
            return decision.apply(order).chain(events -> events.isEmpty()
                    ? Uni.createFrom().voidItem() // answered before: the order ignored it, nothing to save
                    : book.save(row, order).chain(() -> outbox.appendCausedBy(cause, orderId.toString(), events)));
        }));
    }
}
