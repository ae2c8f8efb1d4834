package com.telekpr.payment.application;

import com.telekpr.payment.store.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** One payment as GET /payments/{id} shows it, optionally only to its own user. */
@ApplicationScoped
public class PaymentLookup {
    private final PaymentRepository payments;

    PaymentLookup(PaymentRepository payments) {
        this.payments = payments;
    }

    /**
     * The payment, or null when there is none or {@code asUser} is given and it is someone else's: a user
     * must not learn that another user's payment exists, so both answer the same.
     */
    public Uni<PaymentView> one(UUID id, UUID asUser) {
        return Panache.withSession(() -> payments.findById(id)).map(payment -> payment == null
                || asUser != null && !asUser.equals(payment.userId) ? null : PaymentView.of(payment));
    }
}
