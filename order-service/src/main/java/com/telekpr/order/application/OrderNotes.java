package com.telekpr.order.application;

import com.telekpr.order.domain.Order;
import com.telekpr.order.store.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Notes on an order (product.md §5.2 "order notes and tracking"): the order dates them and keeps them in its history. */
@ApplicationScoped
public class OrderNotes {
    private final OrderRepository orders;
    private final OrderBook book;

    OrderNotes(OrderRepository orders, OrderBook book) {
        this.orders = orders;
        this.book = book;
    }

    public Uni<OrderView> add(UUID orderId, UUID author, String note) {
        return Panache.withTransaction(() -> orders.lock(orderId)
                .onItem().ifNull().failWith(() -> new UnknownOrderException(orderId))
                .call(row -> {
                    var order = new Order(row.toData());
                    order.addNote(author, note);
                    return book.save(row, order);
                })).map(OrderView::of);
    }
}
