package com.telekpr.sandbox.telegram;

/**
 * The flood limits the simulator enforces. Telegram documents roughly 30 messages a second across all
 * chats, about one a second per chat (short bursts tolerated) and 20 a minute per group.
 */
public record TelegramLimits(double globalPerSecond, int globalBurst, double perChatPerSecond, int perChatBurst,
        int groupPerMinute) {

    public TelegramLimits {
        if (globalPerSecond <= 0 || perChatPerSecond <= 0 || globalBurst < 1 || perChatBurst < 1 || groupPerMinute < 1) {
            throw new IllegalArgumentException("limits must be positive: " + globalPerSecond + ", " + globalBurst + ", "
                    + perChatPerSecond + ", " + perChatBurst + ", " + groupPerMinute);
        }
    }

    /** What the real Bot API allows. */
    public static TelegramLimits telegram() {
        return new TelegramLimits(30, 30, 1, 3, 20);
    }

    /** Limits high enough never to matter, for tests about something else. */
    public static TelegramLimits unlimited() {
        return new TelegramLimits(1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000);
    }
}
