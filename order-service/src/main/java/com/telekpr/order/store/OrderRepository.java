package com.telekpr.order.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<OrderEntity, UUID> {

    public Uni<OrderEntity> lock(UUID orderId) {
        return findById(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** 1 for the first waiting order: how many pending orders sort before this one, plus one. */
    public Uni<Integer> positionOf(OrderEntity order) {
        if (order.queueKey == null || !"pending".equals(order.status)) {
            return Uni.createFrom().nullItem();
        }
        return count("status = 'pending' and queueKey < ?1", order.queueKey).map(ahead -> (int) (ahead + 1));
    }

    public Uni<Long> openOrdersOfProfile(UUID profileId) {
        return count("customerProfileId = ?1 and status in ('awaiting_tokens', 'pending', 'processing', 'assigned')",
                profileId);
    }
}
