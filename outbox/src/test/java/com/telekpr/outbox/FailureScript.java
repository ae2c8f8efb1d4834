package com.telekpr.outbox;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Failures a test wants the consumer's effect to meet, in order, for one message id; then it succeeds. */
final class FailureScript {
    private static final Map<UUID, Deque<RuntimeException>> SCRIPTS = new ConcurrentHashMap<>();

    private FailureScript() {
    }

    static void failWith(UUID messageId, List<RuntimeException> failures) {
        SCRIPTS.put(messageId, new ArrayDeque<>(failures));
    }

    static void failWith(UUID messageId, RuntimeException failure, int times) {
        failWith(messageId, Collections.nCopies(times, failure));
    }

    /** Throws the next scripted failure of {@code messageId}, if one is left. */
    static void failIfScripted(UUID messageId) {
        Deque<RuntimeException> left = SCRIPTS.get(messageId);
        RuntimeException next = left == null ? null : left.poll();
        if (next != null) {
            throw next;
        }
    }

    static int left(UUID messageId) {
        Deque<RuntimeException> left = SCRIPTS.get(messageId);
        return left == null ? 0 : left.size();
    }
}
