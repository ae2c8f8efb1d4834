package com.telekpr.order.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's premium subscription as order-service knows it, from wallet.events. */
@Entity
@Table(name = "subscribers")
public class SubscriberEntity {
    @Id
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "active_until")
    public Instant activeUntil;
}
