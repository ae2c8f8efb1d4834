package com.telekpr.sandbox.telegram;

import java.time.Duration;
import java.util.List;

/** The busiest stretch of a series of instants: how tests prove a sender kept to a rate. */
final class SlidingWindow {
    private SlidingWindow() {
    }

    /** The most instants (nanoTime values, sorted) that fall within any half-open window [t, t + window). */
    static int maxIn(List<Long> sortedNanos, Duration window) {
        long width = window.toNanos();
        int best = 0;
        int start = 0;
        for (int end = 0; end < sortedNanos.size(); end++) {
            while (sortedNanos.get(end) - sortedNanos.get(start) >= width) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }
}
