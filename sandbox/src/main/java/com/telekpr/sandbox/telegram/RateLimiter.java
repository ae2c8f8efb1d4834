package com.telekpr.sandbox.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Telegram's flood control as token buckets: one for the bot overall, one per chat, and for groups (negative chat
 * ids) a per-minute one besides. A call needs a token from each of its buckets; a refused call takes none.
 */
final class RateLimiter {
    private final LongSupplier clock;
    private TelegramLimits limits;
    private TokenBucket global;
    private final Map<Long, TokenBucket> chats = new HashMap<>();
    private final Map<Long, TokenBucket> groups = new HashMap<>();

    RateLimiter(TelegramLimits limits, LongSupplier clock) {
        this.clock = clock;
        configure(limits);
    }

    /**
     * Takes one token from each bucket of the chat, or throws 429 with the whole seconds until all have one.
     * Answers the clock reading it admitted at, so the log's timestamps are the very instants the buckets saw.
     */
    synchronized long acquire(long chatId) {
        long now = clock.getAsLong();
        TokenBucket chat = chats.computeIfAbsent(chatId,
                id -> new TokenBucket(limits.perChatBurst(), limits.perChatPerSecond(), now));
        TokenBucket group = chatId < 0 ? groups.computeIfAbsent(chatId,
                id -> new TokenBucket(limits.groupPerMinute(), limits.groupPerMinute() / 60d, now)) : null;
        long wait = Math.max(global.nanosUntilToken(now), chat.nanosUntilToken(now));
        if (group != null) {
            wait = Math.max(wait, group.nanosUntilToken(now));
        }
        if (wait > 0) {
            long seconds = (wait + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
            throw BotApiError.tooManyRequests(seconds);
        }
        global.take(now);
        chat.take(now);
        if (group != null) {
            group.take(now);
        }
        return now;
    }

    synchronized TelegramLimits limits() {
        return limits;
    }

    /** New limits apply from now on, with every bucket full again. */
    synchronized void configure(TelegramLimits newLimits) {
        limits = newLimits;
        global = new TokenBucket(newLimits.globalBurst(), newLimits.globalPerSecond(), clock.getAsLong());
        chats.clear();
        groups.clear();
    }
}
