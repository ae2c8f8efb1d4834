package com.telekpr.admin.domain.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The brute-force rule of sign-in: after {@code maxFailures} failed logins within {@code window} (for one username,
 * or from one client address), the next try waits until the oldest of those failures has left the window.
 */
public record LoginThrottle(int maxFailures, Duration window) {
    public LoginThrottle {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and a positive window");
        }
    }

    /** Since when failures count. */
    public Instant countsSince(Instant now) {
        return now.minus(window);
    }

    /** How long until the next try is allowed, given the recent failures' times; zero when it is allowed now. */
    public Duration retryAfter(List<Instant> failures, Instant now) {
        List<Instant> recent = failures.stream().filter(at -> at.isAfter(countsSince(now))).sorted().toList();
        if (recent.size() < maxFailures) {
            return Duration.ZERO;
        }
        Instant oldestThatCounts = recent.get(recent.size() - maxFailures);
        Duration wait = Duration.between(now, oldestThatCounts.plus(window));
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
