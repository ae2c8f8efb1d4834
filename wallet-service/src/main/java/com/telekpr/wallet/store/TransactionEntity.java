package com.telekpr.wallet.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code token_transactions}; {@code sequence} (database-assigned) orders the ledger. */
@Entity
@Table(name = "token_transactions")
public class TransactionEntity {
    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "transaction_type")
    public String type;

    public int amount;

    @Column(name = "balance_after")
    public int balanceAfter;

    @Column(name = "payment_method")
    public String paymentMethod;

    @Column(name = "payment_id")
    public String paymentId;

    @Column(name = "payment_status")
    public String paymentStatus;

    public String description;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(insertable = false, updatable = false)
    public Long sequence;
}
