package com.telekpr.sandbox.oxapay;

import java.math.BigDecimal;
import java.time.Instant;

/** One invoice as the simulated OxaPay keeps it. Mutable, guarded by the simulator. */
final class Invoice {
    final String trackId;
    final BigDecimal amount;
    final String currency;
    final String callbackUrl;
    final String returnUrl;
    final String orderId;
    final String description;
    final Instant createdAt;
    final Instant expiresAt;
    volatile String status = "new";
    volatile BigDecimal paidAmount = BigDecimal.ZERO;

    Invoice(String trackId, BigDecimal amount, String currency, int lifetimeMinutes, String callbackUrl,
            String returnUrl, String orderId, String description, Instant now) {
        this.trackId = trackId;
        this.amount = amount;
        this.currency = currency;
        this.callbackUrl = callbackUrl;
        this.returnUrl = returnUrl;
        this.orderId = orderId;
        this.description = description;
        this.createdAt = now;
        this.expiresAt = now.plusSeconds(lifetimeMinutes * 60L);
    }
}
