package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets and the sliding window on a hand-driven clock, so the arithmetic is exact. */
class RateLimiterTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private void advanceMillis(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aChatRefillsOneTokenPerSecondAfterItsBurst() {
        var limiter = new RateLimiter(TelegramLimits.telegram(), clock::get);
        for (int i = 0; i < 3; i++) {
            limiter.acquire(1L);
        }
        BotApiError refused = assertThrows(BotApiError.class, () -> limiter.acquire(1L));
        assertEquals(1, refused.retryAfter);
        advanceMillis(999);
        assertThrows(BotApiError.class, () -> limiter.acquire(1L));
        advanceMillis(1);
        limiter.acquire(1L);
    }

    @Test
    void aRefusalTakesNoTokenAndRetryAfterRoundsUp() {
        var limiter = new RateLimiter(new TelegramLimits(0.4, 1, 100, 100, 100), clock::get);
        limiter.acquire(1L);
        BotApiError refused = assertThrows(BotApiError.class, () -> limiter.acquire(2L));
        assertEquals(3, refused.retryAfter, "a token every 2.5 s");
        assertEquals("Too Many Requests: retry after 3", refused.description);
        advanceMillis(2500);
        limiter.acquire(2L); // the refused call took nothing, so the refilled token is there
    }

    @Test
    void groupsAlsoSpendTheirPerMinuteBudget() {
        var limiter = new RateLimiter(new TelegramLimits(1000, 1000, 100, 100, 2), clock::get);
        limiter.acquire(-1L);
        limiter.acquire(-1L);
        assertEquals(30, assertThrows(BotApiError.class, () -> limiter.acquire(-1L)).retryAfter);
        limiter.acquire(1L);
        limiter.acquire(1L);
        limiter.acquire(1L);
    }

    @Test
    void theSlidingWindowFindsTheBusiestStretch() {
        long s = TimeUnit.SECONDS.toNanos(1);
        List<Long> times = List.of(0L, s / 2, 9 * s / 10, s, 3 * s);
        assertEquals(3, SlidingWindow.maxIn(times, Duration.ofSeconds(1)), "[t, t+1s) excludes t+1s");
        assertEquals(4, SlidingWindow.maxIn(times, Duration.ofMillis(1001)));
        assertEquals(0, SlidingWindow.maxIn(List.of(), Duration.ofSeconds(1)));
    }
}
