package com.telekpr.sandbox.telegram;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts answers: successes by method, errors by HTTP status. */
final class CallCounter {
    private final Map<String, LongAdder> accepted = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> refused = new ConcurrentHashMap<>();

    void accepted(String method) {
        accepted.computeIfAbsent(method, m -> new LongAdder()).increment();
    }

    void refused(int httpStatus) {
        refused.computeIfAbsent(httpStatus, s -> new LongAdder()).increment();
    }

    TelegramCounts snapshot() {
        Map<String, Long> byMethod = new TreeMap<>();
        accepted.forEach((method, count) -> byMethod.put(method, count.sum()));
        Map<Integer, Long> byStatus = new TreeMap<>();
        refused.forEach((status, count) -> byStatus.put(status, count.sum()));
        long total = byMethod.values().stream().mapToLong(Long::longValue).sum();
        return new TelegramCounts(total, byStatus.getOrDefault(429, 0L), Collections.unmodifiableMap(byMethod),
                Collections.unmodifiableMap(byStatus));
    }

    void reset() {
        accepted.clear();
        refused.clear();
    }
}
