package com.telekpr.order.application;

import com.telekpr.order.domain.Order;
import com.telekpr.order.store.OrderRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Notes on an order (product.md §5.2 "order notes and tracking"): the order dates them and keeps them in its history;
 * OrderNoteAdded tells staff's read side.
 */
@ApplicationScoped
public class OrderNotes {
    private final OrderRepository orders;
    private final OrderBook book;
    private final Outbox outbox;

    OrderNotes(OrderRepository orders, OrderBook book, Outbox outbox) {
        this.orders = orders;
        this.book = book;
        this.outbox = outbox;
    }

    /** {@code onlyOperator}, when set, limits notes to orders open to that operator (waiting, or theirs). */
    public Uni<OrderView> add(UUID orderId, UUID author, String note, UUID onlyOperator) {
        return Panache.withTransaction(() -> orders.lock(orderId)
                .onItem().ifNull().failWith(() -> new UnknownOrderException(orderId))
                .call(row -> {
                    var order = new Order(row.toData());
                    if (onlyOperator != null && !order.isOpenTo(onlyOperator)) {
                        throw new UnknownOrderException(orderId);
                    }
                    var events = order.addNote(author, note);
                    return book.save(row, order).chain(() -> outbox.appendNew(row.userId, orderId.toString(), events));
                })).map(OrderView::of);
    }
}
