package com.telekpr.notification.domain;

import java.util.Comparator;
import java.util.TreeSet;

/**
 * One chat's waiting messages, in the order they must arrive (direct before broadcast, then by
 * sequence), with the chat's own rate buckets. At most one message of a chat is in flight, so a
 * retried message keeps its place ahead of the ones behind it.
 */
final class ChatLine {
    record Waiting(Ticket ticket, long notBefore) {
    }

    private static final Comparator<Waiting> ORDER = Comparator.<Waiting>comparingInt(w -> w.ticket().lane().ordinal())
            .thenComparingLong(w -> w.ticket().seq());

    final long chatId;
    private final TreeSet<Waiting> waiting = new TreeSet<>(ORDER);
    private final TokenBucket chatBucket;
    private final TokenBucket groupBucket;
    boolean inFlight;
    long readyAt;

    ChatLine(long chatId, RateLimits limits, long now) {
        this.chatId = chatId;
        this.chatBucket = new TokenBucket(limits.perChatBurst(), limits.perChatPerSecond(), now);
        this.groupBucket = chatId < 0 ? new TokenBucket(1, limits.groupPerMinute() / 60.0, now) : null;
    }

    void add(Ticket ticket, long notBefore) {
        waiting.add(new Waiting(ticket, notBefore));
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    Waiting head() {
        return waiting.first();
    }

    /** When the head may go: its own not-before time and the chat's (and group's) buckets. */
    long computeReadyAt(long now) {
        long at = Math.max(head().notBefore(), chatBucket.availableAt(now));
        if (groupBucket != null) {
            at = Math.max(at, groupBucket.availableAt(now));
        }
        readyAt = at;
        return at;
    }

    /** Takes the head for sending, spending the chat's tokens. */
    Ticket take(long now) {
        chatBucket.take(now);
        if (groupBucket != null) {
            groupBucket.take(now);
        }
        inFlight = true;
        return waiting.pollFirst().ticket();
    }

    java.util.List<Ticket> drain() {
        var all = waiting.stream().map(Waiting::ticket).toList();
        waiting.clear();
        return all;
    }

    /** Idle and with full buckets: dropping it forgets nothing that matters for the limits. */
    boolean forgettable(long now) {
        return !inFlight && waiting.isEmpty() && chatBucket.full(now) && (groupBucket == null || groupBucket.full(now));
    }
}
