package com.telekpr.notification.domain;

/**
 * How fast we let ourselves talk to Telegram. Telegram's own figures are about 30 messages a second
 * overall, about one a second per chat with short bursts, 20 a minute per group; the bursts here are
 * kept below what Telegram tolerates so network jitter never turns into a 429.
 */
public record RateLimits(double globalPerSecond, int globalBurst, double perChatPerSecond, int perChatBurst,
                         int groupPerMinute, double broadcastPerSecond) {

    public RateLimits {
        positive("globalPerSecond", globalPerSecond);
        positive("perChatPerSecond", perChatPerSecond);
        positive("broadcastPerSecond", broadcastPerSecond);
        positive("groupPerMinute", groupPerMinute);
        positive("globalBurst", globalBurst);
        positive("perChatBurst", perChatBurst);
    }

    private static void positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be above 0, was " + value);
        }
    }
}
