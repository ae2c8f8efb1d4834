package com.telekpr.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "telekpr.notification")
public interface NotificationConfig {

    Broadcasts broadcast();

    /**
     * How long ended messages stay in the log, and unclaimed held notices wait for their user.
     * Broadcast messages stay: their broadcast's report is counted from them.
     */
    @WithDefault("P30D")
    Duration logRetention();

    interface Broadcasts {
        /** How often a running broadcast reports BroadcastProgress. */
        @WithDefault("PT2S")
        Duration progressEvery();
    }
}
