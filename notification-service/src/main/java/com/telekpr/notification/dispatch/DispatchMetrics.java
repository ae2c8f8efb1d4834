package com.telekpr.notification.dispatch;

import com.telekpr.notification.domain.SendOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.IntSupplier;

/** Prometheus figures of the sender: Bot API answers by outcome, and messages waiting in memory. */
@ApplicationScoped
public class DispatchMetrics {
    private final MeterRegistry registry;
    private final Map<Class<?>, Counter> answers;

    DispatchMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.answers = Map.of(
                SendOutcome.Delivered.class, counter(registry, "delivered"),
                SendOutcome.TooManyRequests.class, counter(registry, "too_many_requests"),
                SendOutcome.Blocked.class, counter(registry, "blocked"),
                SendOutcome.Unavailable.class, counter(registry, "unavailable"),
                SendOutcome.Refused.class, counter(registry, "refused"));
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("telekpr.telegram.requests").tag("outcome", outcome)
                .description("Bot API requests by how Telegram answered").register(registry);
    }

    void record(SendOutcome outcome) {
        answers.get(outcome.getClass()).increment();
    }

    void watchQueue(IntSupplier size) {
        // a strong reference: the supplier is a lambda nothing else holds, and a weak one would read NaN once collected
        Gauge.builder("telekpr.telegram.queue.size", size, IntSupplier::getAsInt).strongReference(true)
                .description("Messages the sender holds in memory, waiting or in flight").register(registry);
    }
}
