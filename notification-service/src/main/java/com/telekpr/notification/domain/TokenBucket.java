package com.telekpr.notification.domain;

/** A token bucket on a nanosecond clock: {@code capacity} tokens, refilled at {@code perSecond}. Not thread-safe. */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(double capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** The earliest time, not before {@code now}, at which a token is available. */
    long availableAt(long now) {
        refill(now);
        if (tokens >= 1) {
            return now;
        }
        return now + (long) Math.ceil((1 - tokens) / perNano);
    }

    void take(long now) {
        refill(now);
        tokens -= 1;
    }

    /** True when the bucket is full again, i.e. forgetting it changes nothing. */
    boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
    }
}
