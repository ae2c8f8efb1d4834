package com.telekpr.notification.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * Decides which waiting message goes next without breaking a limit: callback answers first (they
 * pay nothing), then chats with direct messages, then broadcast messages under their own rate, every
 * message paying the global bucket and its chat's (a group's too). One chat's messages go one at a time, in order. Plain Java on a
 * caller-supplied nanosecond clock; the caller serialises access.
 */
public final class SendScheduler {
    public sealed interface Decision {
    }

    public record Send(Ticket ticket) implements Decision {
    }

    public record Wait(long nanos) implements Decision {
    }

    private static final Comparator<ChatLine> READY_FIRST = Comparator.<ChatLine>comparingLong(line -> line.readyAt)
            .thenComparingLong(line -> line.head().ticket().seq());
    private static final int SWEEP_EVERY = 1_000;

    private final RateLimits limits;
    private final TokenBucket global;
    private final TokenBucket broadcast;
    private final Map<Long, ChatLine> chats = new HashMap<>();
    private final PriorityQueue<ChatLine> directReady = new PriorityQueue<>(READY_FIRST);
    private final PriorityQueue<ChatLine> bulkReady = new PriorityQueue<>(READY_FIRST);
    private final PriorityQueue<ChatLine.Waiting> callbacks = new PriorityQueue<>(
            Comparator.comparingLong(ChatLine.Waiting::notBefore).thenComparingLong(w -> w.ticket().seq()));
    private final Set<UUID> tracked = new HashSet<>();
    private int sinceSweep;

    public SendScheduler(RateLimits limits, long now) {
        this.limits = limits;
        this.global = new TokenBucket(limits.globalBurst(), limits.globalPerSecond(), now);
        this.broadcast = new TokenBucket(1, limits.broadcastPerSecond(), now);
    }

    /** Adds a message unless it is already known; returns whether it was added. */
    public boolean offer(Ticket ticket, long notBefore, long now) {
        if (!tracked.add(ticket.id())) {
            return false;
        }
        enqueue(ticket, notBefore, now);
        return true;
    }

    public Decision next(long now) {
        if (!callbacks.isEmpty() && callbacks.peek().notBefore() <= now) {
            return new Send(callbacks.poll().ticket());
        }
        long wake = callbacks.isEmpty() ? Long.MAX_VALUE : callbacks.peek().notBefore();
        long globalAt = global.availableAt(now);
        ChatLine direct = directReady.peek();
        if (direct != null && direct.readyAt <= now) {
            return globalAt <= now ? new Send(take(directReady, now, false)) : new Wait(globalAt - now);
        }
        ChatLine bulk = bulkReady.peek();
        if (bulk != null && bulk.readyAt <= now) {
            long at = Math.max(globalAt, broadcast.availableAt(now));
            if (at <= now) {
                return new Send(take(bulkReady, now, true));
            }
            wake = Math.min(wake, at);
        }
        if (direct != null) {
            wake = Math.min(wake, Math.max(direct.readyAt, globalAt));
        }
        if (bulk != null && bulk.readyAt > now) {
            wake = Math.min(wake, bulk.readyAt);
        }
        return new Wait(wake == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, wake - now));
    }

    /** The message was dealt with for good: its chat may send the next one. */
    public void done(Ticket ticket, long now) {
        tracked.remove(ticket.id());
        release(ticket, now);
    }

    /** The message must be tried again, not before {@code notBefore}; it stays ahead of its chat's others. */
    public void retry(Ticket ticket, long notBefore, long now) {
        if (ticket.lane() == Lane.CALLBACK) {
            callbacks.add(new ChatLine.Waiting(ticket, notBefore));
            return;
        }
        ChatLine line = chats.get(ticket.chatId());
        line.inFlight = false;
        line.add(ticket, notBefore);
        schedule(line, now);
    }

    /** Forgets every waiting message of a chat (the user blocked the bot) and returns them. */
    public List<Ticket> dropChat(long chatId) {
        ChatLine line = chats.get(chatId);
        if (line == null) {
            return List.of();
        }
        directReady.remove(line);
        bulkReady.remove(line);
        List<Ticket> dropped = line.drain();
        dropped.forEach(ticket -> tracked.remove(ticket.id()));
        return dropped;
    }

    /** Messages known: waiting or in flight. */
    public int size() {
        return tracked.size();
    }

    private void enqueue(Ticket ticket, long notBefore, long now) {
        if (ticket.lane() == Lane.CALLBACK) {
            callbacks.add(new ChatLine.Waiting(ticket, notBefore));
            return;
        }
        ChatLine line = chats.computeIfAbsent(ticket.chatId(), id -> new ChatLine(id, limits, now));
        if (!line.inFlight && !line.isEmpty()) {
            directReady.remove(line); // its head may change
            bulkReady.remove(line);
        }
        line.add(ticket, notBefore);
        schedule(line, now);
    }

    private Ticket take(PriorityQueue<ChatLine> queue, long now, boolean bulk) {
        ChatLine line = queue.poll();
        global.take(now);
        if (bulk) {
            broadcast.take(now);
        }
        return line.take(now);
    }

    private void release(Ticket ticket, long now) {
        if (ticket.lane() == Lane.CALLBACK) {
            return;
        }
        ChatLine line = chats.get(ticket.chatId());
        if (line == null) {
            return;
        }
        line.inFlight = false;
        schedule(line, now);
        if (++sinceSweep >= SWEEP_EVERY) {
            sinceSweep = 0;
            chats.values().removeIf(idle -> idle.forgettable(now));
        }
    }

    private void schedule(ChatLine line, long now) {
        if (line.inFlight || line.isEmpty()) {
            return;
        }
        line.computeReadyAt(now);
        (line.head().ticket().lane() == Lane.DIRECT ? directReady : bulkReady).add(line);
    }
}
