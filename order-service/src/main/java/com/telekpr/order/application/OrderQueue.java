package com.telekpr.order.application;

import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.order.domain.IllegalTransitionException;
import com.telekpr.order.domain.Order.HistoryStep;
import com.telekpr.order.domain.OrderStatus;
import com.telekpr.order.store.HistoryRepository;
import com.telekpr.order.store.OrderEntity;
import com.telekpr.order.store.OrderRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The waiting line of pending orders (PRD §8.2.1): ordered by queue key — subscribers' keys sort before
 * everyone else's, first come first served within each — and moved by hand when an admin says so.
 */
@ApplicationScoped
public class OrderQueue {
    private static final double STEP = 1000;

    private final OrderRepository orders;
    private final HistoryRepository history;
    private final Outbox outbox;

    OrderQueue(OrderRepository orders, HistoryRepository history, Outbox outbox) {
        this.orders = orders;
        this.history = history;
        this.outbox = outbox;
    }

    public record Waiting(OrderEntity order, int position) {
    }

    public Uni<List<Waiting>> page(int page, int size) {
        return Panache.withSession(() -> orders.find("status = 'pending'", Sort.ascending("queueKey"))
                .page(Page.of(page, size)).list()
                .map(rows -> java.util.stream.IntStream.range(0, rows.size())
                        .mapToObj(i -> new Waiting(rows.get(i), page * size + i + 1)).toList()));
    }

    /** Puts a pending order at {@code position} (1 = next); the user is told the new position. */
    public Uni<Waiting> moveTo(UUID orderId, int position, UUID actor) {
        return Panache.withTransaction(() -> orders.lock(orderId)
                .onItem().ifNull().failWith(() -> new UnknownOrderException(orderId))
                .chain(row -> {
                    if (!OrderStatus.PENDING.storedName().equals(row.status)) {
                        throw new IllegalTransitionException("moved in the queue",
                                OrderStatus.fromStoredName(row.status), Set.of(OrderStatus.PENDING));
                    }
                    return orders.find("status = 'pending' and id <> ?1", Sort.ascending("queueKey"), orderId)
                            .project(KeyOnly.class).list()
                            .chain(others -> {
                                row.queueKey = keyAt(others.stream().map(KeyOnly::queueKey).toList(), position);
                                return orders.positionOf(row);
                            })
                            .call(now -> history.append(orderId, List.of(new HistoryStep(OrderStatus.PENDING,
                                    OrderStatus.PENDING, actor, "moved to queue position " + now))))
                            .call(now -> outbox.appendNew(row.userId, orderId.toString(),
                                    List.of(new OrderMovedInQueue(orderId, now))))
                            .map(now -> new Waiting(row, now));
                }));
    }

    /** A key that sorts between the neighbours of 1-based {@code position} among {@code keys}. */
    static double keyAt(List<Double> keys, int position) {
        if (keys.isEmpty()) {
            return System.currentTimeMillis();
        }
        int index = Math.max(0, Math.min(position - 1, keys.size()));
        if (index == 0) {
            return keys.get(0) - STEP;
        }
        if (index == keys.size()) {
            return keys.get(keys.size() - 1) + STEP;
        }
        return (keys.get(index - 1) + keys.get(index)) / 2;
    }

    @io.quarkus.runtime.annotations.RegisterForReflection
    public record KeyOnly(Double queueKey) {
    }
}
