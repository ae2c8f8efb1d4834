package com.telekpr.payment.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.telekpr.payment.domain.OxaPaySignature;
import com.telekpr.payment.domain.PaymentStatus;
import com.telekpr.payment.store.PaymentEntity;
import com.telekpr.payment.store.PaymentRepository;
import com.telekpr.payment.store.WebhookLogEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * OxaPay's callbacks: signature first (on the raw bytes), then the raw log, then the status machine —
 * all in one transaction, so a callback is either fully applied or not at all and OxaPay retries it.
 */
@ApplicationScoped
public class CallbackHandling {
    private static final Logger LOG = Logger.getLogger(CallbackHandling.class);

    public enum Outcome { APPLIED, FORGED, MALFORMED }

    private final OxaPaySignature signature;
    private final PaymentRepository payments;
    private final StatusUpdates updates;
    private final ObjectMapper json;

    CallbackHandling(OxaPayConfig config, PaymentRepository payments, StatusUpdates updates, ObjectMapper json) {
        this.signature = new OxaPaySignature(config.merchantKey());
        this.payments = payments;
        this.updates = updates;
        this.json = json;
    }

    public Uni<Outcome> handle(byte[] rawBody, String hmacHeader) {
        if (!signature.matches(rawBody, hmacHeader)) {
            LOG.warnf("refused an OxaPay callback with a %s signature (%d bytes)",
                    hmacHeader == null ? "missing" : "wrong", rawBody.length);
            return Uni.createFrom().item(Outcome.FORGED);
        }
        JsonNode body;
        try {
            body = json.readTree(rawBody);
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject() || !body.path("track_id").isTextual() && !body.path("track_id").isNumber()) {
            LOG.warnf("refused a signed OxaPay callback that is not a callback body");
            return Uni.createFrom().item(Outcome.MALFORMED);
        }
        JsonNode callback = body;
        var log = new WebhookLogEntity();
        log.trackId = callback.path("track_id").asText();
        log.status = callback.path("status").asText(null);
        log.rawBody = new String(rawBody, StandardCharsets.UTF_8);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.persist(log))
                .chain(() -> find(callback))
                .chain(payment -> {
                    var reported = PaymentStatus.fromOxaPay(log.status);
                    if (payment == null || reported.isEmpty()) {
                        LOG.infof("OxaPay callback for track %s (status %s) changes nothing here", log.trackId, log.status);
                        return Uni.createFrom().voidItem();
                    }
                    if (payment.trackId == null) {
                        payment.trackId = log.trackId; // the invoice we never heard back about
                    }
                    return updates.apply(payment, reported.get());
                })).replaceWith(Outcome.APPLIED);
    }

    /** By track id; failing that by order_id, which is our payment id. */
    private Uni<PaymentEntity> find(JsonNode callback) {
        return payments.lockByTrackId(callback.path("track_id").asText()).chain(byTrack -> {
            if (byTrack != null) {
                return Uni.createFrom().item(byTrack);
            }
            try {
                return payments.lock(UUID.fromString(callback.path("order_id").asText()));
            } catch (IllegalArgumentException notOurs) {
                return Uni.createFrom().nullItem();
            }
        });
    }
}
