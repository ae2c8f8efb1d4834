package com.telekpr.order.application;

import com.telekpr.order.domain.Order;
import com.telekpr.order.store.HistoryRepository;
import com.telekpr.order.store.OrderEntity;
import com.telekpr.order.store.OrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Saves an order the aggregate changed: the row, and the history steps it took. */
@ApplicationScoped
class OrderBook {
    private final OrderRepository orders;
    private final HistoryRepository history;

    OrderBook(OrderRepository orders, HistoryRepository history) {
        this.orders = orders;
        this.history = history;
    }

    Uni<Void> save(OrderEntity row, Order order) {
        row.copy(order.data());
        return history.append(row.id, order.newHistory());
    }

    /** A new order: its row first, since its history refers to it. */
    Uni<Void> saveNew(Order order) {
        var row = new OrderEntity();
        row.copy(order.data());
        return orders.persist(row).chain(() -> history.append(row.id, order.newHistory()));
    }
}
