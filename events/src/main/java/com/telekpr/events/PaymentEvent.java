package com.telekpr.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Facts about OxaPay token purchases, published by payment-service on {@value Topics#PAYMENT_EVENTS}. */
public sealed interface PaymentEvent extends Event {

    UUID paymentId();

    record PaymentLinkCreated(UUID paymentId, String trackId, String paymentUrl, Instant expiresAt, int tokens,
                              BigDecimal amountUsd) implements PaymentEvent {
    }

    record PaymentConfirmed(UUID paymentId, String trackId, int tokens, BigDecimal amountUsd)
            implements PaymentEvent {
    }

    record PaymentExpired(UUID paymentId, String trackId) implements PaymentEvent {
    }

    record PaymentFailed(UUID paymentId, String reason) implements PaymentEvent {
    }
}
