package com.telekpr.notification.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The sender with its production limits (30/s overall, 1/s per chat, broadcasts at 30/s) instead of the test profile's. */
public class TelegramDefaults implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "telekpr.telegram.limits.global-per-second", "30",
                "telekpr.telegram.limits.global-burst", "5",
                "telekpr.telegram.limits.per-chat-per-second", "1",
                "telekpr.telegram.limits.per-chat-burst", "2",
                "telekpr.telegram.limits.broadcast-per-second", "30");
    }
}
