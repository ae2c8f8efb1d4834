package com.telekpr.order.application;

import com.telekpr.order.domain.OrderStatus;
import com.telekpr.order.store.HistoryRepository;
import com.telekpr.order.store.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Orders as bot-gateway and admin-api read them: one with its history and queue position, or a filtered page. */
@ApplicationScoped
public class OrderQueries {
    private final OrderRepository orders;
    private final HistoryRepository history;

    OrderQueries(OrderRepository orders, HistoryRepository history) {
        this.orders = orders;
        this.history = history;
    }

    public record OrderFilter(UUID userId, OrderStatus status, UUID operatorId, Instant from, Instant to, String text) {
    }

    public record OrderPage(List<OrderView> items, int page, int size, long total) {
    }

    /**
     * The order with its queue position and history; when {@code asUser} is given it must be theirs,
     * else it is unknown to them.
     */
    public Uni<OrderView> one(UUID orderId, UUID asUser) {
        return Panache.withSession(() -> orders.findById(orderId)
                .onItem().ifNull().failWith(() -> new UnknownOrderException(orderId))
                .invoke(order -> {
                    if (asUser != null && !asUser.equals(order.userId)) {
                        throw new UnknownOrderException(orderId);
                    }
                })
                .chain(order -> orders.positionOf(order).chain(position -> history.of(orderId)
                        .map(steps -> OrderView.of(order, position, steps)))));
    }

    /** Newest first. */
    public Uni<OrderPage> search(OrderFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.userId() != null) {
            where.add("userId = :user");
            parameters.and("user", filter.userId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status().storedName()); // the column holds the stored name
        }
        if (filter.operatorId() != null) {
            where.add("operatorId = :operator");
            parameters.and("operator", filter.operatorId());
        }
        if (filter.from() != null) {
            where.add("createdAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("createdAt < :to");
            parameters.and("to", filter.to());
        }
        if (filter.text() != null) {
            where.add("(lower(productName) like :text or lower(packageCode) like :text or lower(notes) like :text"
                    + " or cast(id as string) like :text)");
            parameters.and("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return Panache.withSession(() -> orders.find(query, Sort.descending("createdAt"), parameters)
                .page(Page.of(page, size)).list()
                .chain(items -> orders.count(query, parameters).map(total -> new OrderPage(
                        items.stream().map(OrderView::of).toList(), page, size, total))));
    }
}
