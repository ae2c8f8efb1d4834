package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * The bot's pending updates and how they leave: by getUpdates or by webhook, never both. Updates stay until
 * confirmed (an offset past them, or a 2xx from the webhook); Telegram would drop them after 24 h, the sandbox
 * keeps them. {@code allowed_updates} is one setting shared by getUpdates and setWebhook and, as at Telegram,
 * filters updates when they are created.
 */
final class UpdateQueue {
    /**
     * Telegram's update ids do not start at 1, and never repeat for a bot. A bot keeps the ids it has handled
     * (the local stack keeps its data between runs), so each simulator starts past any earlier run's ids:
     * 16 a second of the clock since 2025-10, kept inside the 32 bits Telegram's ids fit in (wrapping once
     * in 2030).
     */
    static final long FIRST_UPDATE_ID = (java.time.Instant.now().getEpochSecond() - 1_760_000_000L) * 16
            % 2_000_000_000L + 1;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Update> pending = new ArrayList<>();
    private long nextUpdateId = FIRST_UPDATE_ID;
    private List<String> allowedUpdates = List.of();
    private WebhookConfig webhook;
    private long pollGeneration;
    private String lastErrorMessage;
    private Instant lastErrorAt;
    private volatile Runnable onNewUpdate = () -> { };

    /** Called, outside the lock, after an update was queued or the webhook changed: the webhook sender's cue. */
    void onChange(Runnable listener) {
        this.onNewUpdate = listener;
    }

    /** Queues an update of {@code type} unless allowed_updates excludes that type; answers it if queued. */
    Optional<Update> offer(String type, long chatId, LongFunction<ObjectNode> payload) {
        Update update;
        lock.lock();
        try {
            if (!allowedUpdates.isEmpty() && !allowedUpdates.contains(type)) {
                return Optional.empty();
            }
            long id = nextUpdateId++;
            ObjectNode json = TelegramJson.JSON.createObjectNode().put("update_id", id);
            json.set(type, payload.apply(id));
            update = new Update(id, type, chatId, json);
            pending.add(update);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        onNewUpdate.run();
        return Optional.of(update);
    }

    /**
     * getUpdates: confirms what lies before {@code offset} (a negative offset keeps only the last -offset), then
     * answers up to {@code limit} updates, waiting up to {@code timeoutNanos} for one if none is pending. A newer
     * call or a webhook ends the wait with 409, as at Telegram. {@code allowed} null keeps the previous setting.
     */
    List<Update> poll(long offset, int limit, long timeoutNanos, List<String> allowed) throws InterruptedException {
        lock.lock();
        try {
            refuseWhileWebhook();
            if (allowed != null) {
                allowedUpdates = List.copyOf(allowed);
            }
            if (offset > 0) {
                pending.removeIf(update -> update.updateId() < offset);
            } else if (offset < 0) {
                pending.subList(0, (int) Math.max(0, pending.size() + offset)).clear();
            }
            long generation = ++pollGeneration;
            changed.signalAll(); // an older poll still waiting is now the conflicting one
            long left = timeoutNanos;
            while (pending.isEmpty() && left > 0) {
                left = changed.awaitNanos(left);
                refuseWhileWebhook();
                if (generation != pollGeneration) {
                    throw BotApiError.conflict("terminated by other getUpdates request; make sure that only one bot "
                            + "instance is running");
                }
            }
            return List.copyOf(pending.subList(0, Math.min(limit, pending.size())));
        } finally {
            lock.unlock();
        }
    }

    /** Sets the webhook; answers false when exactly this webhook was already set and nothing was dropped. */
    boolean setWebhook(WebhookConfig config, List<String> allowed, boolean dropPending) {
        boolean changedSomething;
        lock.lock();
        try {
            changedSomething = !config.equals(webhook) || dropPending
                    || (allowed != null && !allowed.equals(allowedUpdates));
            if (webhook == null || !webhook.url().equals(config.url())) {
                lastErrorMessage = null;
                lastErrorAt = null;
            }
            webhook = config;
            if (allowed != null) {
                allowedUpdates = List.copyOf(allowed);
            }
            dropIf(dropPending);
        } finally {
            lock.unlock();
        }
        onNewUpdate.run();
        return changedSomething;
    }

    /** Removes the webhook; answers false when there was none. */
    boolean deleteWebhook(boolean dropPending) {
        lock.lock();
        try {
            boolean had = webhook != null;
            webhook = null;
            lastErrorMessage = null;
            lastErrorAt = null;
            dropIf(dropPending);
            return had;
        } finally {
            lock.unlock();
        }
    }

    /** What getWebhookInfo reports, read in one go. */
    record Snapshot(WebhookConfig webhook, int pendingCount, List<String> allowedUpdates, String lastErrorMessage,
            Instant lastErrorAt) {
    }

    Snapshot snapshot() {
        lock.lock();
        try {
            return new Snapshot(webhook, pending.size(), allowedUpdates, lastErrorMessage, lastErrorAt);
        } finally {
            lock.unlock();
        }
    }

    List<Update> pending() {
        lock.lock();
        try {
            return List.copyOf(pending);
        } finally {
            lock.unlock();
        }
    }

    /** The webhook took the update (2xx). */
    void confirm(long updateId) {
        lock.lock();
        try {
            pending.removeIf(update -> update.updateId() == updateId);
        } finally {
            lock.unlock();
        }
    }

    void recordWebhookError(String message) {
        lock.lock();
        try {
            lastErrorMessage = message;
            lastErrorAt = Instant.now();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets updates, the webhook and allowed_updates; ids keep counting up so a bot's offset stays valid. */
    void reset() {
        lock.lock();
        try {
            pending.clear();
            webhook = null;
            allowedUpdates = List.of();
            lastErrorMessage = null;
            lastErrorAt = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void dropIf(boolean dropPending) {
        if (dropPending) {
            pending.clear();
        }
        changed.signalAll(); // a waiting getUpdates must learn about the webhook now, not at its timeout
    }

    private void refuseWhileWebhook() {
        if (webhook != null) {
            throw BotApiError.conflict("can't use getUpdates method while webhook is active; use deleteWebhook to "
                    + "delete the webhook first");
        }
    }
}
