package com.telekpr.events;

import java.time.Instant;
import java.util.UUID;

/** Facts about premium subscriptions, published by wallet-service on {@value Topics#WALLET_EVENTS}. */
public sealed interface SubscriptionEvent extends Event {

    /**
     * A subscription bought or renewed, and charged.
     *
     * @param priceTokens  the tokens the charge took
     * @param balanceAfter the account's balance after the charge; version 1 had none, so a v1 message
     *                     decodes with null here (the balance is then not known from this event)
     */
    @SchemaVersion(2)
    record SubscriptionActivated(UUID subscriptionId, String type, Instant expiresAt, int priceTokens,
                                 Integer balanceAfter) implements SubscriptionEvent {
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
