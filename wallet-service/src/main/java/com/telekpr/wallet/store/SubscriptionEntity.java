package com.telekpr.wallet.store;

import com.telekpr.wallet.domain.Subscription;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

@Entity
@Table(name = "subscriptions")
public class SubscriptionEntity {
    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    public String type;

    public String status;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "reminded_for")
    public Instant remindedFor;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Subscription toDomain() {
        return new Subscription(id, type, Subscription.Status.valueOf(status.toUpperCase(Locale.ROOT)), expiresAt,
                remindedFor);
    }

    public void copy(Subscription subscription) {
        id = subscription.id();
        type = subscription.type();
        status = subscription.status().name().toLowerCase(Locale.ROOT);
        expiresAt = subscription.expiresAt();
        remindedFor = subscription.remindedFor();
        updatedAt = Instant.now();
    }
}
