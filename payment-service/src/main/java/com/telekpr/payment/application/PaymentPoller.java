package com.telekpr.payment.application;

import com.telekpr.outbox.Outbox;
import com.telekpr.payment.client.OxaPayClient;
import com.telekpr.payment.domain.PaymentStatus;
import com.telekpr.payment.store.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Fallback payment monitoring (docs/product.md §6.1): asks OxaPay about invoices still open a while after creation, so a
 * lost callback still credits the payer; and fails payments whose invoice request never came back.
 */
@ApplicationScoped
public class PaymentPoller {
    private static final Logger LOG = Logger.getLogger(PaymentPoller.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final PaymentRepository payments;
    private final OxaPayClient oxapay;
    private final OxaPayConfig config;
    private final StatusUpdates updates;
    private final Outbox outbox;

    PaymentPoller(PaymentRepository payments, @RestClient OxaPayClient oxapay, OxaPayConfig config,
                  StatusUpdates updates, Outbox outbox) {
        this.payments = payments;
        this.oxapay = oxapay;
        this.config = config;
        this.updates = updates;
        this.outbox = outbox;
    }

    @Scheduled(every = "${telekpr.oxapay.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return pollAt(Instant.now());
    }

    /** One pass as of {@code now}: public so tests can run it at a time of their choosing. */
    public Uni<Void> pollAt(Instant now) {
        return Panache.withSession(() -> payments.requestingSince(now.minus(config.requestTimeout())))
                .chain(stuck -> sequentially(stuck.stream().map(p -> p.id).toList(), this::giveUp))
                .chain(() -> Panache.withSession(() -> payments.openSince(now.minus(config.pollAfter()))))
                .chain(open -> sequentially(open.stream().map(p -> p.id).toList(), this::ask));
    }

    private Uni<Void> giveUp(UUID paymentId) {
        return Panache.withTransaction(() -> payments.lock(paymentId).chain(payment -> {
            var domain = payment.toDomain();
            var events = domain.failToCreate();
            payment.copy(domain);
            return outbox.appendInChain(payment.correlationId, payment.userId, payment.id.toString(), events);
        }));
    }

    private Uni<Void> ask(UUID paymentId) {
        return Panache.withSession(() -> payments.findById(paymentId)).chain(payment -> oxapay
                .paymentInformation(config.merchantKey(), payment.trackId).ifNoItem().after(CALL_TIMEOUT).fail()
                .chain(answer -> PaymentStatus.fromOxaPay(answer.at("/data/status").asText(null))
                        .map(status -> Panache.withTransaction(() -> payments.lock(paymentId)
                                .chain(locked -> updates.apply(locked, status))))
                        .orElse(Uni.createFrom().voidItem()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("could not ask OxaPay about payment %s: %s", paymentId, failure.toString());
                    return null;
                }));
    }

    private static Uni<Void> sequentially(java.util.List<UUID> ids, java.util.function.Function<UUID, Uni<Void>> step) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (UUID id : ids) {
            all = all.chain(() -> step.apply(id));
        }
        return all;
    }
}
