package com.telekpr.order.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class PublishedCatalogueRepository implements PanacheRepositoryBase<PublishedCatalogueEntity, Integer> {

    /** The row (seeded by its migration), locked until the transaction ends. */
    public Uni<PublishedCatalogueEntity> lock() {
        return findById(PublishedCatalogueEntity.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
    }
}
