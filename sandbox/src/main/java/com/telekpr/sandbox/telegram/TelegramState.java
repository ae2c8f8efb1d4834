package com.telekpr.sandbox.telegram;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Everything the simulated Telegram remembers, shared by the Bot API routes and the control side. */
final class TelegramState {
    final String token;
    final BotIdentity bot;
    final RateLimiter limiter;
    final TelegramFailures failures = new TelegramFailures();
    final CallCounter counter = new CallCounter();
    private final Map<Long, ChatLog> chats = new ConcurrentHashMap<>();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private final List<CallbackAnswer> answers = new CopyOnWriteArrayList<>();
    private final Object arrivals = new Object();

    TelegramState(String token, TelegramLimits limits) {
        this.token = token;
        this.bot = BotIdentity.fromToken(token);
        this.limiter = new RateLimiter(limits, System::nanoTime);
    }

    /** The chat's log, created on first use. */
    ChatLog chat(long chatId) {
        return chats.computeIfAbsent(chatId, ChatLog::new);
    }

    Optional<ChatLog> existingChat(long chatId) {
        return Optional.ofNullable(chats.get(chatId));
    }

    Collection<ChatLog> chats() {
        return chats.values();
    }

    boolean isBlocked(long chatId) {
        return blocked.contains(chatId);
    }

    void block(long chatId, boolean on) {
        if (on) {
            blocked.add(chatId);
        } else {
            blocked.remove(chatId);
        }
    }

    void recordAnswer(CallbackAnswer answer) {
        answers.add(answer);
    }

    List<CallbackAnswer> answers() {
        return List.copyOf(answers);
    }

    /** Wakes {@link #await} callers after a message or edit was recorded. */
    void arrived() {
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }

    /** Waits on arrivals (no busy polling) until {@code done} holds or the deadline (a nanoTime) passes. */
    void await(BooleanSupplier done, long deadlineNanos) throws InterruptedException {
        synchronized (arrivals) {
            while (!done.getAsBoolean() && System.nanoTime() < deadlineNanos) {
                TimeUnit.NANOSECONDS.timedWait(arrivals, Math.max(1, deadlineNanos - System.nanoTime()));
            }
        }
    }

    /** Forgets messages, edits, answers, blocks, forced failures and counts; keeps the limits, with full buckets. */
    void reset() {
        chats.clear();
        answers.clear();
        blocked.clear();
        failures.reset();
        counter.reset();
        limiter.configure(limiter.limits());
    }
}
