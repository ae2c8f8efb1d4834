package com.telekpr.wallet.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The one outcome of an order's debit, kept so a refund knows what (if anything) was taken. */
@Entity
@Table(name = "order_charges")
public class OrderChargeEntity {
    public static final String DEBITED = "debited";
    public static final String REJECTED = "rejected";

    @Id
    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "user_id")
    public UUID userId;

    public String outcome;

    public int amount;

    public boolean refunded;
}
