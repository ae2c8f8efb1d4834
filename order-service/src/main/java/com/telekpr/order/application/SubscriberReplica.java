package com.telekpr.order.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.order.store.SubscriberRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps who is a subscriber (and until when) from wallet.events: it decides prices and queue priority. */
@ApplicationScoped
public class SubscriberReplica {
    private final SubscriberRepository subscribers;

    SubscriberReplica(SubscriberRepository subscribers) {
        this.subscribers = subscribers;
    }

    public Uni<Void> activated(Envelope cause, SubscriptionActivated activated) {
        return Panache.withTransaction(() -> subscribers.activeUntil(cause.requiredUserId(), activated.expiresAt()));
    }

    public Uni<Void> expired(Envelope cause, SubscriptionExpired expired) {
        return Panache.withTransaction(() -> subscribers.expired(cause.requiredUserId(), expired.expiredAt()));
    }
}
