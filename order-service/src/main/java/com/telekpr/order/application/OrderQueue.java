package com.telekpr.order.application;

import com.telekpr.events.Event;
import com.telekpr.order.domain.Order;
import com.telekpr.order.store.OrderRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The waiting line of pending orders (product.md §5.4): ordered by queue key — subscribers' keys sort before
 * everyone else's, first come first served within each — and moved by hand when an admin says so.
 */
@ApplicationScoped
public class OrderQueue {
    private static final double STEP = 1000;

    private final OrderRepository orders;
    private final OrderBook book;
    private final Outbox outbox;

    OrderQueue(OrderRepository orders, OrderBook book, Outbox outbox) {
        this.orders = orders;
        this.book = book;
        this.outbox = outbox;
    }

    public Uni<List<OrderView>> page(int page, int size) {
        return Panache.withSession(() -> orders.waiting().page(Page.of(page, size)).list()
                .map(rows -> IntStream.range(0, rows.size())
                        .mapToObj(i -> OrderView.of(rows.get(i), page * size + i + 1, null)).toList()));
    }

    /** Puts a pending order at {@code position} (1 = next); the order refuses unless pending; the user is told. */
    public Uni<OrderView> moveTo(UUID orderId, int position, UUID actor) {
        return Panache.withTransaction(() -> orders.lock(orderId)
                .onItem().ifNull().failWith(() -> new UnknownOrderException(orderId))
                .chain(row -> orders.waitingKeysExcept(orderId).chain(others -> {
                    double key = keyAt(others, position);
                    int now = positionAmong(others, key);
                    var order = new Order(row.toData());
                    List<Event> events = order.moveInQueue(key, now, actor);
                    return book.save(row, order)
                            .chain(() -> outbox.appendNew(row.userId, orderId.toString(), events))
                            .map(saved -> OrderView.of(row, now, null));
                })));
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

    /**
     * The place {@code key} gives among the other waiting orders: counted on the keys already read rather
     * than in the database, where the moved order's old key is still stored and may sort before the new one.
     */
    static int positionAmong(List<Double> others, double key) {
        return 1 + (int) others.stream().filter(other -> other < key).count();
    }
}
