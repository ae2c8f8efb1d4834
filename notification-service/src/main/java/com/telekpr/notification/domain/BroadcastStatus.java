package com.telekpr.notification.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** draft → sending → completed; a draft or a broadcast still sending can be cancelled. */
public enum BroadcastStatus {
    DRAFT, SENDING, COMPLETED, CANCELLED;

    public Set<BroadcastStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENDING, CANCELLED);
            case SENDING -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(BroadcastStatus.class);
        };
    }

    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BroadcastStatus fromStoredName(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
