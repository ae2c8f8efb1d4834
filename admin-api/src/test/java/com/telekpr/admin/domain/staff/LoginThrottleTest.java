package com.telekpr.admin.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

    private static List<Instant> minutesAgo(int... minutes) {
        return java.util.Arrays.stream(minutes).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }

    @Test
    void fourFailuresStillLetTheNextTryIn() {
        assertEquals(Duration.ZERO, throttle.retryAfter(minutesAgo(1, 2, 3, 4), NOW));
    }

    @Test
    void theFifthFailureMakesTheNextWaitUntilTheOldestOfThemLeavesTheWindow() {
        assertEquals(Duration.ofMinutes(5), throttle.retryAfter(minutesAgo(10, 4, 3, 2, 1), NOW));
    }

    @Test
    void withMoreThanFiveTheFifthNewestCounts() {
        assertEquals(Duration.ofMinutes(3), throttle.retryAfter(minutesAgo(14, 12, 7, 6, 5, 1), NOW));
    }

    @Test
    void failuresOutsideTheWindowNoLongerCount() {
        assertEquals(Duration.ZERO, throttle.retryAfter(minutesAgo(20, 16, 15, 3, 2, 1), NOW));
    }

    @Test
    void aThrottleNeedsAFailureAndAWindow() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, Duration.ZERO));
    }
}
