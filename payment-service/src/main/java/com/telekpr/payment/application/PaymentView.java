package com.telekpr.payment.application;

import com.telekpr.payment.store.PaymentEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One payment as the API answers it; built here so the api package never sees the entity. */
public record PaymentView(UUID id, UUID userId, int tokens, BigDecimal amountUsd, String status, String trackId,
                          String paymentUrl, Instant expiresAt, Instant confirmedAt, Instant creditedAt,
                          Instant createdAt) {

    static PaymentView of(PaymentEntity p) {
        return new PaymentView(p.id, p.userId, p.tokens, p.amountUsd, p.status, p.trackId, p.paymentUrl,
                p.expiresAt, p.confirmedAt, p.creditedAt, p.createdAt);
    }
}
