package com.telekpr.wallet.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    private static final SubscriptionPlan PLAN = new SubscriptionPlan("premium", 300, Duration.ofDays(30),
            Duration.ofDays(3));
    private final Instant now = Instant.parse("2026-11-01T12:00:00Z");

    @Test
    void aFirstPurchaseLastsThirtyDays() {
        var subscription = Subscription.start(UUID.randomUUID(), PLAN, now);
        assertEquals(now.plus(Duration.ofDays(30)), subscription.expiresAt());
        assertTrue(subscription.isActiveAt(now.plus(Duration.ofDays(29))));
        assertFalse(subscription.isActiveAt(now.plus(Duration.ofDays(30))));
    }

    @Test
    void buyingWhileActiveExtendsFromTheCurrentExpiry() {
        var subscription = Subscription.start(UUID.randomUUID(), PLAN, now);
        var renewed = subscription.renew(PLAN, now.plus(Duration.ofDays(10)), 0);
        assertEquals(now.plus(Duration.ofDays(60)), renewed.expiresAt());
    }

    @Test
    void buyingAfterExpiryStartsANewPeriodNow() {
        var subscription = Subscription.start(UUID.randomUUID(), PLAN, now);
        Instant later = now.plus(Duration.ofDays(45));
        subscription.expireIfEnded(later);
        var renewed = subscription.renew(PLAN, later, 0);
        assertEquals(later.plus(Duration.ofDays(30)), renewed.expiresAt());
        assertEquals(Subscription.Status.ACTIVE, subscription.status());
    }

    @Test
    void theExpiringReminderComesOncePerPeriodThreeDaysBefore() {
        var subscription = Subscription.start(UUID.randomUUID(), PLAN, now);
        assertTrue(subscription.remindIfEndingSoon(PLAN, now.plus(Duration.ofDays(26))).isEmpty());
        assertTrue(subscription.remindIfEndingSoon(PLAN, now.plus(Duration.ofDays(27))).isPresent());
        assertTrue(subscription.remindIfEndingSoon(PLAN, now.plus(Duration.ofDays(28))).isEmpty());

        subscription.renew(PLAN, now.plus(Duration.ofDays(28)), 0);
        assertTrue(subscription.remindIfEndingSoon(PLAN, now.plus(Duration.ofDays(57))).isPresent());
    }

    @Test
    void itExpiresOnceAtItsEnd() {
        var subscription = Subscription.start(UUID.randomUUID(), PLAN, now);
        assertTrue(subscription.expireIfEnded(now.plus(Duration.ofDays(29))).isEmpty());
        assertTrue(subscription.expireIfEnded(now.plus(Duration.ofDays(30))).isPresent());
        assertTrue(subscription.expireIfEnded(now.plus(Duration.ofDays(31))).isEmpty());
        assertEquals(Subscription.Status.EXPIRED, subscription.status());
    }
}
