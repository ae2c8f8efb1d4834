package com.telekpr.events;

import java.time.Instant;
import java.util.UUID;

/** Facts about premium subscriptions, published by wallet-service on {@value Topics#WALLET_EVENTS}. */
public sealed interface SubscriptionEvent extends Event {

    record SubscriptionActivated(UUID subscriptionId, String type, Instant expiresAt, int priceTokens)
            implements SubscriptionEvent {
    }

    /** A {@code PurchaseSubscription} that was refused, e.g. reason INSUFFICIENT_BALANCE with what was missing. */
    record SubscriptionPurchaseRejected(UUID requestId, String type, String reason, int balance, int required)
            implements SubscriptionEvent {
    }

    record SubscriptionExpiring(UUID subscriptionId, Instant expiresAt) implements SubscriptionEvent {
    }

    record SubscriptionExpired(UUID subscriptionId, Instant expiredAt) implements SubscriptionEvent {
    }
}
