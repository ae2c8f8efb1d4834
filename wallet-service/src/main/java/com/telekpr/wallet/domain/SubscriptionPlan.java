package com.telekpr.wallet.domain;

import java.time.Duration;

/** product.md §7.1: what a premium subscription costs in tokens and how long one purchase lasts. */
public record SubscriptionPlan(String type, int priceTokens, Duration period, Duration expiryNotice) {
    public static final String PREMIUM = "premium";
}
