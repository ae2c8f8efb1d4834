package com.telekpr.payment.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<PaymentEntity, UUID> {

    public Uni<PaymentEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<PaymentEntity> lockByTrackId(String trackId) {
        return find("trackId", trackId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Ids of payments still waiting for the payer and older than {@code before}: the poller's work. */
    public Uni<List<PaymentEntity>> openSince(Instant before) {
        return list("status in ('new', 'waiting', 'paying') and trackId is not null and createdAt < ?1", before);
    }

    /** Payments stuck asking for an invoice since before {@code before}: we crashed or OxaPay never answered. */
    public Uni<List<PaymentEntity>> requestingSince(Instant before) {
        return list("status = 'requesting' and createdAt < ?1", before);
    }
}
