package com.telekpr.notification.domain;

import java.time.Duration;

/**
 * When to try again after Telegram was unavailable: exponential backoff from {@code first}, capped at
 * {@code max}, giving up after {@code maxAttempts}. A 429 is not a failure: its retry_after is obeyed
 * and never counts towards giving up.
 */
public record RetryPolicy(Duration first, Duration max, int maxAttempts) {

    /** The delay before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
    public Duration backoffAfter(int attempts) {
        long millis = first.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
