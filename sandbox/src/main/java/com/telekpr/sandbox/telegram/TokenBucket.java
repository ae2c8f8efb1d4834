package com.telekpr.sandbox.telegram;

/** A token bucket: holds up to {@code capacity} tokens, refilled continuously. Not thread safe; the limiter locks. */
final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(double capacity, double tokensPerSecond, long now) {
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / NANOS_PER_SECOND;
        this.tokens = capacity; // a fresh bucket allows a full burst, as a quiet chat does at Telegram
        this.refilledAt = now;
    }

    /** Nanoseconds until one token is there; 0 if one is there now. */
    long nanosUntilToken(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    void take(long now) {
        refill(now);
        tokens -= 1;
    }

    private void refill(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
        }
    }
}
