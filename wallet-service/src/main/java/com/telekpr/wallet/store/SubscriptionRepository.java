package com.telekpr.wallet.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, UUID> {

    public Uni<SubscriptionEntity> findByUser(UUID userId) {
        return find("userId", userId).firstResult();
    }

    public Uni<SubscriptionEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Active subscriptions that end by {@code horizon}: the ones to remind or expire. */
    public Uni<List<UUID>> activeEndingBy(Instant horizon) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select s.id from SubscriptionEntity s where s.status = 'active' and s.expiresAt <= :horizon",
                        UUID.class)
                .setParameter("horizon", horizon).getResultList());
    }
}
