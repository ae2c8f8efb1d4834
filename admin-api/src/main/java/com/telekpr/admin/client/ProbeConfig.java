package com.telekpr.admin.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "telekpr.admin.probe")
public interface ProbeConfig {

    /** How long one service may take to answer its /q/health/ready or /q/metrics before it counts as down. */
    @WithDefault("2s")
    Duration timeout();
}
