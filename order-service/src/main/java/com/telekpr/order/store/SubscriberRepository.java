package com.telekpr.order.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class SubscriberRepository implements PanacheRepositoryBase<SubscriberEntity, UUID> {

    public Uni<Boolean> isSubscriberAt(UUID userId, Instant when) {
        return findById(userId).map(subscriber -> subscriber != null && subscriber.activeUntil.isAfter(when));
    }

    /** Records the subscription's end; an older, out-of-order event never shortens a newer one. */
    public Uni<Void> activeUntil(UUID userId, Instant end) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into subscribers (user_id, active_until) values (:user, :end) on conflict (user_id)"
                                + " do update set active_until = greatest(subscribers.active_until, excluded.active_until)")
                .setParameter("user", userId).setParameter("end", end).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> expired(UUID userId, Instant end) {
        return update("activeUntil = ?1 where userId = ?2 and activeUntil <= ?1", end, userId).replaceWithVoid();
    }
}
