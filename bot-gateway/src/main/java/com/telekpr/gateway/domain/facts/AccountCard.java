package com.telekpr.gateway.domain.facts;

import java.time.Instant;

/** A user's token balance and premium subscription, as wallet-service reports them. */
public record AccountCard(int balance, Subscription subscription) {

    public record Subscription(String type, String status, Instant expiresAt, boolean active) {
    }

    public boolean subscribed() {
        return subscription != null && subscription.active();
    }
}
