package com.telekpr.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "telekpr.kafka")
public interface TopicsConfig {

    /** Partitions of every topic this service creates (topics are never auto-created by the broker). */
    @WithDefault("6")
    int partitions();

    /** Replication factor of every topic this service creates. */
    @WithDefault("1")
    short replicationFactor();
}
