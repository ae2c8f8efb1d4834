package com.telekpr.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "telekpr.notification")
public interface NotificationConfig {

    Broadcasts broadcast();

    Dispatch dispatch();

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

    interface Dispatch {
        /** How often queued rows are looked for besides the wake-ups after each commit. */
        @WithDefault("PT1S")
        Duration pollEvery();

        /** Messages held in memory at once; the rest wait in the database. */
        @WithDefault("20000")
        int maxInMemory();
    }
}
