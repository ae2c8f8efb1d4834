package com.telekpr.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** The broker address, shared with the SmallRye Kafka connector under the same key. */
@ConfigMapping(prefix = "kafka")
public interface KafkaSettings {
    @WithName("bootstrap.servers")
    String bootstrapServers();
}
