package com.telekpr.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The consumer side's meters: duplicates skipped, retries by kind of failure, messages waiting out a
 * transient failure right now, and every write to a dead-letter topic by topic and kind.
 */
@ApplicationScoped
public class InboxMetrics {
    static final String DEAD_LETTERED = "telekpr.inbox.dead.lettered";

    private final MeterRegistry registry;
    private final Counter duplicates;
    private final Map<FailureKind, Counter> retries = new EnumMap<>(FailureKind.class);
    private final AtomicInteger waiting = new AtomicInteger();

    InboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.duplicates = Counter.builder("telekpr.inbox.duplicates")
                .description("Messages skipped because their id was processed before").register(registry);
        for (FailureKind kind : new FailureKind[] {FailureKind.TRANSIENT, FailureKind.PERMANENT}) {
            retries.put(kind, Counter.builder("telekpr.inbox.retries").tag("reason", kind.label())
                    .description("Failed attempts of a consumer effect that were tried again").register(registry));
        }
        registry.gauge("telekpr.inbox.waiting", waiting);
    }

    void duplicate() {
        duplicates.increment();
    }

    void retried(FailureKind kind) {
        retries.get(kind).increment();
    }

    /** A message started waiting out a transient failure. */
    void startedWaiting() {
        waiting.incrementAndGet();
    }

    /** A message that waited out a transient failure went through (or was given up). */
    void stoppedWaiting() {
        waiting.decrementAndGet();
    }

    /** Registers the dead-letter counters of {@code topic} at zero, so an alert sees the series before the first one. */
    void watchDeadLetterTopic(String topic) {
        for (FailureKind kind : FailureKind.values()) {
            counter(topic, kind);
        }
    }

    void deadLettered(String topic, FailureKind kind) {
        counter(topic, kind).increment();
    }

    private Counter counter(String topic, FailureKind kind) {
        return Counter.builder(DEAD_LETTERED).tag("topic", topic).tag("reason", kind.label())
                .description("Messages written to a dead-letter topic").register(registry);
    }
}
