package com.telekpr.payment.application;

import com.telekpr.outbox.Outbox;
import com.telekpr.payment.store.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An admin's manual accept of an underpaid or late-paid invoice (PaymentConfirmed, so the wallet credits it once);
 * who and why are in admin-api's audit log, and in this service's log.
 */
@ApplicationScoped
public class ManualAcceptance {
    private static final Logger LOG = Logger.getLogger(ManualAcceptance.class);

    private final PaymentRepository payments;
    private final Outbox outbox;

    ManualAcceptance(PaymentRepository payments, Outbox outbox) {
        this.payments = payments;
        this.outbox = outbox;
    }

    /** The payment after; null when there is no such payment. */
    public Uni<PaymentView> accept(UUID paymentId, UUID actor, String reason) {
        return Panache.withTransaction(() -> payments.lock(paymentId).chain(payment -> {
            if (payment == null) {
                return Uni.createFrom().nullItem();
            }
            var domain = payment.toDomain();
            var events = domain.acceptByHand();
            payment.copy(domain);
            LOG.infof("payment %s accepted by hand by %s: %s", paymentId, actor, reason);
            return outbox.appendInChain(payment.correlationId, payment.userId, payment.id.toString(), events)
                    .map(appended -> PaymentView.of(payment));
        }));
    }
}
