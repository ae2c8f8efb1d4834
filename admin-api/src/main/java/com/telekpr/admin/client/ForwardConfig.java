package com.telekpr.admin.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How admin-api sends staff actions to their owning services. */
@ConfigMapping(prefix = "telekpr.admin.forward")
public interface ForwardConfig {

    /** How long one attempt may take before it counts as unanswered. */
    @WithDefault("10s")
    Duration timeout();

    /** Attempts per action when the owner does not answer; each carries the same Idempotency-Key. */
    @WithDefault("3")
    int attempts();

    /** The wait before the second attempt; it doubles for each one after. */
    @WithDefault("200ms")
    Duration retryBackoff();
}
