package com.telekpr.admin.application.actions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "telekpr.admin.broadcast")
public interface BroadcastConfig {

    /** How long a test broadcast's answer waits for its messages to be sent before it says what it has. */
    @WithDefault("30s")
    Duration testWait();
}
