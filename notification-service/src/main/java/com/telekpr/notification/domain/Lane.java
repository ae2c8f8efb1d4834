package com.telekpr.notification.domain;

/**
 * Which line a message waits in. Callback answers bypass the message limits (Telegram does not count
 * them and the user's spinner waits); direct messages go before broadcast ones in every chat.
 */
public enum Lane {
    CALLBACK, DIRECT, BULK;

    public String storedName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Lane fromStoredName(String stored) {
        return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
    }
}
