package com.telekpr.notification.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a message of the log stands: waiting to go, or how it ended. Stored in lower case. */
public enum MessageStatus {
    QUEUED, SENT, FAILED, BLOCKED, CANCELLED;

    /** The value in {@code outgoing_messages.status}. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MessageStatus> fromStored(String stored) {
        for (MessageStatus status : values()) {
            if (status.stored().equals(stored)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
