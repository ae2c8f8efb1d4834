package com.telekpr.payment.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.events.Envelope;
import com.telekpr.events.Event;
import com.telekpr.events.PaymentCommand.CreateTokenPurchase;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.outbox.Outbox;
import com.telekpr.payment.client.InvoiceRequest;
import com.telekpr.payment.client.OxaPayClient;
import com.telekpr.payment.domain.PaymentStatus;
import com.telekpr.payment.domain.TokenPricing;
import com.telekpr.payment.store.PaymentEntity;
import com.telekpr.payment.store.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * CreateTokenPurchase in two steps. In the command's own transaction the payment is reserved
 * (REQUESTING). After that commit, and at most once, OxaPay is asked for an invoice whose order_id is
 * the payment id; the answer is recorded (PaymentLinkCreated) or the payment fails (PaymentFailed). A
 * crash in between leaves REQUESTING, which the poller fails later; a payer who still pays is credited,
 * because the callback names the payment.
 */
@ApplicationScoped
public class PurchaseRequests {
    private static final Logger LOG = Logger.getLogger(PurchaseRequests.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final int CONNECT_RETRIES = 3;

    private final PaymentRepository payments;
    private final OxaPayClient oxapay;
    private final OxaPayConfig config;
    private final TokenPricing pricing;
    private final Outbox outbox;

    PurchaseRequests(PaymentRepository payments, @RestClient OxaPayClient oxapay, OxaPayConfig config, Outbox outbox) {
        this.payments = payments;
        this.oxapay = oxapay;
        this.config = config;
        this.pricing = new TokenPricing(config.usdPerToken(), config.bundles(), config.minTokens(), config.maxTokens());
        this.outbox = outbox;
    }

    public TokenPricing pricing() {
        return pricing;
    }

    /** Step 1, inside the inbox transaction. */
    public Uni<Void> reserve(Envelope cause, CreateTokenPurchase command) {
        return payments.findById(command.paymentId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            BigDecimal amount;
            try {
                amount = pricing.priceOf(command.tokens());
            } catch (IllegalArgumentException outOfRange) {
                return outbox.appendCausedBy(cause, command.paymentId().toString(), List.of(new PaymentFailed(
                        command.paymentId(), "Please choose between " + pricing.minTokens() + " and "
                        + pricing.maxTokens() + " tokens.")));
            }
            var payment = new PaymentEntity();
            payment.id = command.paymentId();
            payment.userId = cause.requiredUserId();
            payment.correlationId = cause.correlationId();
            payment.tokens = command.tokens();
            payment.amountUsd = amount;
            payment.status = PaymentStatus.REQUESTING.storedName();
            payment.createdAt = Instant.now();
            payment.updatedAt = payment.createdAt;
            return payments.persist(payment).replaceWithVoid();
        });
    }

    /** Step 2, after the commit, once: ask OxaPay, record what it said. */
    public Uni<Void> requestInvoice(Envelope cause, CreateTokenPurchase command) {
        return Panache.withSession(() -> payments.findById(command.paymentId())).chain(payment -> {
            if (payment == null || !PaymentStatus.REQUESTING.storedName().equals(payment.status)) {
                return Uni.createFrom().voidItem();
            }
            var invoice = new InvoiceRequest(payment.amountUsd, "USD", config.lifetimeMinutes(), config.callbackUrl(),
                    config.returnUrl().orElse(null), payment.id.toString(), payment.tokens + " TeleKpr tokens",
                    config.sandbox());
            return oxapay.createInvoice(config.merchantKey(), invoice)
                    // a refused connection never reached OxaPay, so asking again cannot make a second invoice
                    .onFailure(PurchaseRequests::neverReachedOxaPay).retry()
                    .withBackOff(Duration.ofMillis(500)).atMost(CONNECT_RETRIES)
                    .ifNoItem().after(CALL_TIMEOUT).fail()
                    .onItemOrFailure().transformToUni((answer, failure) -> record(cause, command, answer, failure));
        });
    }

    private static boolean neverReachedOxaPay(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private Uni<Void> record(Envelope cause, CreateTokenPurchase command, JsonNode answer, Throwable failure) {
        return Panache.withTransaction(() -> payments.lock(command.paymentId()).chain(payment -> {
            List<Event> events;
            if (failure == null && answer != null && answer.path("status").asInt() == 200) {
                JsonNode data = answer.path("data");
                payment.trackId = data.path("track_id").asText();
                payment.paymentUrl = data.path("payment_url").asText();
                payment.expiresAt = Instant.ofEpochSecond(data.path("expired_at").asLong());
                payment.status = PaymentStatus.NEW.storedName();
                payment.updatedAt = Instant.now();
                events = List.of(new PaymentLinkCreated(payment.id, payment.trackId, payment.paymentUrl,
                        payment.expiresAt, payment.tokens, payment.amountUsd));
            } else {
                LOG.warnf("OxaPay refused an invoice for payment %s: %s", payment.id,
                        failure != null ? failure.toString() : answer);
                var domain = payment.toDomain();
                events = domain.failToCreate();
                payment.copy(domain);
            }
            return outbox.appendCausedBy(cause, payment.id.toString(), events);
        }));
    }
}
