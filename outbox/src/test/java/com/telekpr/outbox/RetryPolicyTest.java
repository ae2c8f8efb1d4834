package com.telekpr.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plain Java: transient failures never give a message up; others do after the bounded attempts. */
class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));

    @Test
    void transientFailuresAreRetriedForeverWithACappedDoublingBackoff() {
        var failures = RetryPolicy.Failures.NONE;
        Duration previous = Duration.ZERO;
        for (int i = 1; i <= 10_000; i++) {
            failures = failures.plus(FailureKind.TRANSIENT);
            Optional<Duration> delay = policy.nextDelay(FailureKind.TRANSIENT, failures);
            assertTrue(delay.isPresent(), "given up after " + i + " transient failures");
            assertTrue(delay.get().compareTo(previous) >= 0 && delay.get().compareTo(Duration.ofSeconds(5)) <= 0,
                    "delay " + delay.get() + " after " + i);
            previous = delay.get();
        }
        assertEquals(Duration.ofSeconds(5), previous);
        assertEquals(Optional.of(Duration.ofMillis(200)),
                policy.nextDelay(FailureKind.TRANSIENT, RetryPolicy.Failures.NONE.plus(FailureKind.TRANSIENT)));
    }

    @Test
    void permanentFailuresGiveTheMessageUpAfterTheBoundedAttempts() {
        var one = RetryPolicy.Failures.NONE.plus(FailureKind.PERMANENT);
        var two = one.plus(FailureKind.PERMANENT);
        assertEquals(Optional.of(Duration.ofMillis(200)), policy.nextDelay(FailureKind.PERMANENT, one));
        assertEquals(Optional.of(Duration.ofMillis(400)), policy.nextDelay(FailureKind.PERMANENT, two));
        assertEquals(Optional.empty(), policy.nextDelay(FailureKind.PERMANENT, two.plus(FailureKind.PERMANENT)));
    }

    @Test
    void transientFailuresDoNotUseUpTheBoundedAttempts() {
        var failures = RetryPolicy.Failures.NONE.plus(FailureKind.PERMANENT);
        for (int i = 0; i < 50; i++) {
            failures = failures.plus(FailureKind.TRANSIENT);
        }
        failures = failures.plus(FailureKind.PERMANENT);
        assertTrue(policy.nextDelay(FailureKind.PERMANENT, failures).isPresent(), "two permanent failures of three");
        assertEquals(Optional.empty(), policy.nextDelay(FailureKind.PERMANENT, failures.plus(FailureKind.PERMANENT)));
    }

    @Test
    void theRelaysBackoffDoublesFromItsPollIntervalUpToTheCap() {
        assertEquals(Duration.ofMillis(50), RetryPolicy.doubling(Duration.ofMillis(50), Duration.ofSeconds(5), 1));
        assertEquals(Duration.ofMillis(200), RetryPolicy.doubling(Duration.ofMillis(50), Duration.ofSeconds(5), 3));
        assertEquals(Duration.ofSeconds(5), RetryPolicy.doubling(Duration.ofMillis(50), Duration.ofSeconds(5), 1_000));
    }

    @Test
    void anUnreadableMessageIsGivenUpAtOnce() {
        assertEquals(Optional.empty(), policy.nextDelay(FailureKind.UNREADABLE,
                RetryPolicy.Failures.NONE.plus(FailureKind.UNREADABLE)));
    }

    @Test
    void aPolicyThatCannotWorkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
