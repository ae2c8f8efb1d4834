package com.telekpr.notification.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The send loop's own pace: how it looks for work and how much of it it holds. */
@ConfigMapping(prefix = "telekpr.notification.dispatch")
public interface DispatchConfig {
    /** How often queued rows are looked for besides the wake-ups after each commit. */
    @WithDefault("PT1S")
    Duration pollEvery();

    /** Messages held in memory at once; the rest wait in the database. */
    @WithDefault("20000")
    int maxInMemory();
}
