package com.telekpr.payment.application;

import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.payment.store.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Remembers that the wallet credited a payment, for reconciliation. */
@ApplicationScoped
public class CreditTracking {
    private final PaymentRepository payments;

    CreditTracking(PaymentRepository payments) {
        this.payments = payments;
    }

    public Uni<Void> credited(TokensCredited credited) {
        return Panache.withTransaction(() -> payments.update("creditedAt = ?1 where id = ?2 and creditedAt is null",
                Instant.now(), credited.paymentId())).replaceWithVoid();
    }
}
