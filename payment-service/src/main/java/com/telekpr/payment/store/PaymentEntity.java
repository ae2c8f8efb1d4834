package com.telekpr.payment.store;

import com.telekpr.payment.domain.Payment;
import com.telekpr.payment.domain.PaymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "payments")
public class PaymentEntity {
    @Id
    public UUID id;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "correlation_id")
    public UUID correlationId;
    public int tokens;
    @Column(name = "amount_usd")
    public BigDecimal amountUsd;
    public String status;
    @Column(name = "track_id")
    public String trackId;
    @Column(name = "payment_url")
    public String paymentUrl;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "credited_at")
    public Instant creditedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public Payment toDomain() {
        return new Payment(id, trackId, tokens, amountUsd, PaymentStatus.fromStoredName(status));
    }

    public void copy(Payment payment) {
        if (payment.status().isConfirmed() && confirmedAt == null) {
            confirmedAt = Instant.now();
        }
        status = payment.status().storedName();
        updatedAt = Instant.now();
    }
}
