package com.telekpr.notification.dispatch;

import com.telekpr.notification.store.OutgoingMessageRepository;
import com.telekpr.outbox.Blocking;
import com.telekpr.notification.store.OutgoingMessageRepository.QueuedRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Brings queued rows into the scheduler. Direct messages and callback answers are always loaded;
 * broadcast rows only while fewer than the cap are in memory. Each kind reads on from the highest
 * sequence it has seen; every tenth look starts over, for rows whose transaction committed after a
 * later one (their sequence was passed over) or that another instance queued.
 */
final class QueueLoader {
    private static final int PAGE = 2_000;
    private static final int SWEEP_EVERY = 10;

    private final OutgoingMessageRepository messages;
    private final SchedulerGuard guard;
    private final int maxInMemory;
    private long directSeen;
    private long bulkSeen;
    private int looks;

    QueueLoader(OutgoingMessageRepository messages, SchedulerGuard guard, int maxInMemory) {
        this.messages = messages;
        this.guard = guard;
        this.maxInMemory = maxInMemory;
    }

    /** One look; true when a full page came back, so there may be more to load at once. */
    boolean load() {
        boolean sweep = ++looks % SWEEP_EVERY == 0;
        boolean more = page(false, sweep ? 0 : directSeen);
        if (guard.size() < maxInMemory) {
            more |= page(true, sweep ? 0 : bulkSeen);
        }
        return more;
    }

    private boolean page(boolean bulk, long after) {
        List<QueuedRow> rows = Blocking.await(() -> Panache.withSession(() -> messages.queuedAfter(after, PAGE, bulk)));
        Instant wall = Instant.now();
        long now = System.nanoTime();
        long highest = after;
        for (QueuedRow row : rows) {
            long wait = Math.max(0, Duration.between(wall, row.nextAttemptAt()).toNanos());
            guard.offer(row.ticket(), now + wait);
            highest = Math.max(highest, row.seq());
        }
        if (bulk) {
            bulkSeen = Math.max(bulkSeen, highest);
        } else {
            directSeen = Math.max(directSeen, highest);
        }
        return rows.size() == PAGE;
    }
}
