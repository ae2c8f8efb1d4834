package com.telekpr.order.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<CustomerProfileEntity, UUID> {

    /** The profile if it exists, is not deleted and belongs to {@code userId}; null otherwise (ids do not leak). */
    public Uni<CustomerProfileEntity> findOwned(UUID profileId, UUID userId) {
        return find("id = ?1 and userId = ?2 and deletedAt is null", profileId, userId).firstResult();
    }

    public Uni<CustomerProfileEntity> findLive(UUID profileId) {
        return find("id = ?1 and deletedAt is null", profileId).firstResult();
    }

    public Uni<List<CustomerProfileEntity>> ofUser(UUID userId) {
        return find("userId = ?1 and deletedAt is null", Sort.ascending("createdAt"), userId).list();
    }
}
