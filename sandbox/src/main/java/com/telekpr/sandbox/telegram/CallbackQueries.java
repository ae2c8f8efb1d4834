package com.telekpr.sandbox.telegram;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** The callback query ids the simulator issued for button presses, each answerable exactly once. */
final class CallbackQueries {
    /** Telegram's ids are big numbers as strings; a random start keeps bots from assuming anything about them. */
    private final AtomicLong lastId = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 60, 1L << 61));
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();

    String issue() {
        String id = Long.toString(lastId.incrementAndGet());
        unanswered.add(id);
        return id;
    }

    /** True the first time an issued id is answered; false for unknown or already answered ids. */
    boolean answer(String id) {
        return id != null && unanswered.remove(id);
    }

    /** Forgets the open queries; ids keep counting up, so an id from before a reset never becomes valid again. */
    void reset() {
        unanswered.clear();
    }
}
