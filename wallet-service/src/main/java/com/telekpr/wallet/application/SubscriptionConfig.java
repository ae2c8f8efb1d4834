package com.telekpr.wallet.application;

import com.telekpr.wallet.domain.SubscriptionPlan;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "telekpr.subscription")
public interface SubscriptionConfig {

    /** The PRD gives no price; 300 tokens until the business sets one. */
    @WithDefault("300")
    int priceTokens();

    /** product.md §7.1: 30 days. */
    @WithDefault("P30D")
    Duration period();

    /** product.md §8.1: remind 3 days before expiry. */
    @WithDefault("P3D")
    Duration expiryNotice();

    /** How often {@code SubscriptionClock} looks for reminders and expiries (read by its @Scheduled). */
    @WithDefault("1m")
    Duration checkEvery();

    default SubscriptionPlan plan() {
        return new SubscriptionPlan(SubscriptionPlan.PREMIUM, priceTokens(), period(), expiryNotice());
    }
}
