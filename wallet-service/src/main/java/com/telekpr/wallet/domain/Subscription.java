package com.telekpr.wallet.domain;

import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpiring;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's premium subscription: active until {@code expiresAt}. Buying while active extends it from
 * the current expiry; the "expiring soon" reminder is sent once per period, i.e. once per expiry date.
 */
public final class Subscription {
    public enum Status { ACTIVE, EXPIRED }

    private final UUID id;
    private final String type;
    private Status status;
    private Instant expiresAt;
    private Instant remindedFor;

    public Subscription(UUID id, String type, Status status, Instant expiresAt, Instant remindedFor) {
        this.id = id;
        this.type = type;
        this.status = status;
        this.expiresAt = expiresAt;
        this.remindedFor = remindedFor;
    }

    /** The first purchase of a user: a new subscription for one period from {@code now}. */
    public static Subscription start(UUID id, SubscriptionPlan plan, Instant now) {
        return new Subscription(id, plan.type(), Status.ACTIVE, now.plus(plan.period()), null);
    }

    /**
     * A further purchase: extends from the current expiry if still active, else starts a new period now.
     *
     * @param balanceAfter the account's balance after this purchase's charge, carried by the event
     */
    public SubscriptionActivated renew(SubscriptionPlan plan, Instant now, int balanceAfter) {
        Instant from = isActiveAt(now) ? expiresAt : now;
        expiresAt = from.plus(plan.period());
        status = Status.ACTIVE;
        return activated(plan, balanceAfter);
    }

    /**
     * An admin gives {@code period} free (PRD §3.4.3 grant or extend): from the current expiry if active, else from
     * now. The event says price 0 and the balance as it is.
     */
    public SubscriptionActivated grant(Duration period, Instant now, int balance) {
        Instant from = isActiveAt(now) ? expiresAt : now;
        expiresAt = from.plus(period);
        status = Status.ACTIVE;
        return new SubscriptionActivated(id, type, expiresAt, 0, balance);
    }

    /** A new subscription an admin gives for {@code period} from {@code now}. */
    public static Subscription granted(UUID id, String type, Duration period, Instant now) {
        return new Subscription(id, type, Status.ACTIVE, now.plus(period), null);
    }

    /** An admin ends it now; one that is not active cannot be cancelled. */
    public SubscriptionExpired cancel(Instant now) {
        if (!isActiveAt(now)) {
            throw new SubscriptionChangeRefusedException("there is no active subscription to cancel");
        }
        status = Status.EXPIRED;
        expiresAt = now;
        return new SubscriptionExpired(id, now);
    }

    /** The event of a purchase of this subscription, whose charge left the account at {@code balanceAfter}. */
    public SubscriptionActivated activated(SubscriptionPlan plan, int balanceAfter) {
        return new SubscriptionActivated(id, type, expiresAt, plan.priceTokens(), balanceAfter);
    }

    public boolean isActiveAt(Instant now) {
        return status == Status.ACTIVE && expiresAt.isAfter(now);
    }

    /** The reminder, if the end is within the notice and this period was not reminded of yet. */
    public Optional<SubscriptionExpiring> remindIfEndingSoon(SubscriptionPlan plan, Instant now) {
        boolean endingSoon = isActiveAt(now) && !expiresAt.isAfter(now.plus(plan.expiryNotice()));
        if (!endingSoon || expiresAt.equals(remindedFor)) {
            return Optional.empty();
        }
        remindedFor = expiresAt;
        return Optional.of(new SubscriptionExpiring(id, expiresAt));
    }

    /** Expires it once its end has passed. */
    public Optional<SubscriptionExpired> expireIfEnded(Instant now) {
        if (status != Status.ACTIVE || expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        status = Status.EXPIRED;
        return Optional.of(new SubscriptionExpired(id, expiresAt));
    }

    public UUID id() {
        return id;
    }

    public String type() {
        return type;
    }

    public Status status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant remindedFor() {
        return remindedFor;
    }
}
