package com.telekpr.notification.dispatch;

import com.telekpr.notification.domain.SendOutcome;
import com.telekpr.notification.domain.SendScheduler;
import com.telekpr.notification.domain.Ticket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The scheduler shared by the send loop and the workers: one lock around it, and a condition the loop
 * waits on until a message is due, a worker finishes, or new rows should be loaded.
 */
final class SchedulerGuard {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final SendScheduler scheduler;
    private final DispatchMetrics metrics;
    private boolean loadRequested = true;

    SchedulerGuard(SendScheduler scheduler, DispatchMetrics metrics) {
        this.scheduler = scheduler;
        this.metrics = metrics;
        metrics.watchQueue(this::size);
    }

    void requestLoad() {
        locked(() -> loadRequested = true);
    }

    /** Whether a load was asked for since the last call (and clears the request). */
    boolean loadRequested() {
        lock.lock();
        try {
            boolean requested = loadRequested;
            loadRequested = false;
            return requested;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return scheduler.size();
        } finally {
            lock.unlock();
        }
    }

    void offer(Ticket ticket, long notBefore) {
        locked(() -> scheduler.offer(ticket, notBefore, System.nanoTime()));
    }

    /** The next message that may go now, or empty after waiting (at most {@code maxWaitNanos}) for a change. */
    Optional<Ticket> nextOrWait(long maxWaitNanos) {
        lock.lock();
        try {
            if (loadRequested) {
                return Optional.empty();
            }
            var decision = scheduler.next(System.nanoTime());
            if (decision instanceof SendScheduler.Send send) {
                return Optional.of(send.ticket());
            }
            long wait = Math.min(((SendScheduler.Wait) decision).nanos(), maxWaitNanos);
            changed.awaitNanos(wait);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    void done(Ticket ticket) {
        locked(() -> scheduler.done(ticket, System.nanoTime()));
    }

    void retry(Ticket ticket, Duration pause) {
        locked(() -> {
            long now = System.nanoTime();
            scheduler.retry(ticket, now + pause.toNanos(), now);
        });
    }

    void blockChat(Ticket ticket, long chatId) {
        locked(() -> {
            scheduler.done(ticket, System.nanoTime());
            scheduler.dropChat(chatId);
        });
    }

    void count(SendOutcome outcome) {
        metrics.record(outcome);
    }

    void wake() {
        locked(() -> {
        });
    }

    /** Pauses the calling thread for up to {@code nanos}, or until something changes. */
    void idle(long nanos) {
        lock.lock();
        try {
            changed.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void locked(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
