package com.telekpr.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a failed message again. Transient failures are retried for as long as they last, the delay
 * doubling up to a cap, so an outage costs latency and never the message; other failures are retried
 * until {@code maxAttempts} of them have happened, then the message is given up (dead-lettered).
 * Unreadable messages are given up at once.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("retry policy needs maxAttempts >= 1 and 0 <= firstBackoff <= maxBackoff,"
                    + " got " + maxAttempts + ", " + firstBackoff + ", " + maxBackoff);
        }
    }

    static RetryPolicy of(OutboxConfig config) {
        return new RetryPolicy(config.maxAttempts(), config.retryBackoff(), config.maxRetryBackoff());
    }

    /** The running count of one message's failures, by kind. */
    public record Failures(int transientCount, int permanentCount) {
        public static final Failures NONE = new Failures(0, 0);

        public Failures plus(FailureKind kind) {
            return kind == FailureKind.TRANSIENT ? new Failures(transientCount + 1, permanentCount)
                    : new Failures(transientCount, permanentCount + 1);
        }

        public int total() {
            return transientCount + permanentCount;
        }
    }

    /**
     * The wait before the next attempt after a failure of {@code kind}, with {@code failures} counted so
     * far including this one; empty when the message must be given up.
     */
    public Optional<Duration> nextDelay(FailureKind kind, Failures failures) {
        if (kind == FailureKind.UNREADABLE || kind == FailureKind.PERMANENT && failures.permanentCount() >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(doubling(firstBackoff, maxBackoff, failures.total()));
    }

    /** {@code first}, doubled after each of the {@code failures} beyond the first, never over {@code cap}. */
    public static Duration doubling(Duration first, Duration cap, int failures) {
        long millis = first.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }
}
