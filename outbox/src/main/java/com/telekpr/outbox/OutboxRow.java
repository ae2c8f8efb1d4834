package com.telekpr.outbox;

import java.util.UUID;

/** One unsent message as the relay reads it from the outbox table. */
record OutboxRow(UUID id, String topic, String key, String type, String payload) {
}
