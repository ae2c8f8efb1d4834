package com.telekpr.payment.application;

import com.telekpr.outbox.Outbox;
import com.telekpr.payment.domain.PaymentStatus;
import com.telekpr.payment.store.PaymentEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Applies news about a payment — from a callback or from the poller — through the one status machine. */
@ApplicationScoped
class StatusUpdates {
    private final Outbox outbox;

    StatusUpdates(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Must run in the caller's transaction, with {@code payment} locked. */
    Uni<Void> apply(PaymentEntity payment, PaymentStatus reported) {
        var domain = payment.toDomain();
        var events = domain.apply(reported);
        if (events.isEmpty() && domain.status().storedName().equals(payment.status)) {
            return Uni.createFrom().voidItem();
        }
        payment.copy(domain);
        return outbox.appendInChain(payment.correlationId, payment.userId, payment.id.toString(), events);
    }
}
