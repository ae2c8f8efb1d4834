package com.telekpr.order.application;

import com.telekpr.order.domain.Order.HistoryStep;
import com.telekpr.order.domain.OrderStatus;
import com.telekpr.order.store.HistoryRepository;
import com.telekpr.order.store.OrderEntity;
import com.telekpr.order.store.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Notes on an order (PRD §3.2.2 "order notes and tracking"): appended, dated, and kept in the history too. */
@ApplicationScoped
public class OrderNotes {
    private final OrderRepository orders;
    private final HistoryRepository history;

    OrderNotes(OrderRepository orders, HistoryRepository history) {
        this.orders = orders;
        this.history = history;
    }

    public Uni<OrderEntity> add(UUID orderId, UUID author, String note) {
        return Panache.withTransaction(() -> orders.lock(orderId)
                .onItem().ifNull().failWith(() -> new UnknownOrderException(orderId))
                .call(row -> {
                    String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + note;
                    row.notes = row.notes == null ? line : row.notes + "\n" + line;
                    OrderStatus status = OrderStatus.fromStoredName(row.status);
                    return history.append(orderId, List.of(new HistoryStep(status, status, author, note)));
                }));
    }
}
