package com.telekpr.order.store;

import com.telekpr.order.domain.OrderStatus;
import com.telekpr.order.domain.OrderStatusMachine;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Orders by their status as the domain names it; the column holds its stored name. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<OrderEntity, UUID> {
    private static final String PENDING = OrderStatus.PENDING.storedName();

    public Uni<OrderEntity> lock(UUID orderId) {
        return findById(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The next order to be served, locked; an order another transaction holds (being taken right now) is passed
     * over, so two operators taking at once take two orders. Null when none waits.
     */
    public Uni<OrderEntity> lockFirstWaiting() {
        return getSession().chain(session -> session.createNativeQuery("select * from orders where status = :pending"
                        + " order by queue_key limit 1 for update skip locked", OrderEntity.class)
                .setParameter("pending", PENDING).getSingleResultOrNull());
    }

    /** The pending orders in the order they will be served. */
    public PanacheQuery<OrderEntity> waiting() {
        return find("status = ?1", Sort.ascending("queueKey"), PENDING);
    }

    /** The queue keys of the pending orders other than {@code orderId}, lowest (served first) first. */
    public Uni<List<Double>> waitingKeysExcept(UUID orderId) {
        return find("status = ?1 and id <> ?2", Sort.ascending("queueKey"), PENDING, orderId)
                .project(KeyOnly.class).list()
                .map(keys -> keys.stream().map(KeyOnly::queueKey).toList());
    }

    /** The order's place in the queue (1 = next), or null when it is not waiting. */
    public Uni<Integer> positionOf(OrderEntity order) {
        if (order.queueKey == null || OrderStatus.fromStoredName(order.status) != OrderStatus.PENDING) {
            return Uni.createFrom().nullItem();
        }
        return positionAt(order.queueKey);
    }

    /** The place an order under {@code queueKey} has: how many pending orders sort before it, plus one. */
    public Uni<Integer> positionAt(double queueKey) {
        return count("status = ?1 and queueKey < ?2", PENDING, queueKey).map(ahead -> (int) (ahead + 1));
    }

    public Uni<Long> openOrdersOfProfile(UUID profileId) {
        return count("customerProfileId = ?1 and status in ?2", profileId,
                OrderStatusMachine.unfinished().stream().map(OrderStatus::storedName).toList());
    }

    @RegisterForReflection
    public record KeyOnly(Double queueKey) {
    }
}
