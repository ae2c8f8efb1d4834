package com.telekpr.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "telekpr.outbox")
public interface OutboxConfig {

    /** The service name written as every envelope's {@code source}. */
    String source();

    /** How often the relay looks for unsent messages when it has nothing to do. */
    @WithDefault("50ms")
    Duration pollInterval();

    /** How many messages the relay publishes per transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * Sent messages are kept this long (for audit and replay), then deleted; consumed message ids and the answers
     * to Idempotency-Keys are remembered as long, so it must exceed any redelivery or retry window (Kafka's own
     * retention is 7 days).
     */
    @WithDefault("P7D")
    Duration retention();

    /**
     * How often a consumer effect may fail on its own terms before its message is dead-lettered. Transient
     * failures (database or broker unreachable, see {@link FailureClassifier}) do not count: they are
     * retried for as long as they last.
     */
    @WithDefault("5")
    int maxAttempts();

    /** The first retry delay of a failing consumer effect; it doubles each attempt. */
    @WithDefault("200ms")
    Duration retryBackoff();

    /** The longest wait between two attempts of one message, and between two relay passes while failing. */
    @WithDefault("5s")
    Duration maxRetryBackoff();
}
