package com.telekpr.events;

import java.time.LocalDate;

/** Facts about a Telegram user, published by bot-gateway on {@value Topics#USER_EVENTS}. */
public sealed interface UserEvent extends Event {

    record UserRegistered(long telegramId, long chatId, String username, String fullName, String language,
                          boolean admin, boolean operator) implements UserEvent {
    }

    record UserUpdated(String username, String fullName, String language, boolean admin, boolean operator,
                       boolean suspended) implements UserEvent {
    }

    record UserBlockedBot(long telegramId) implements UserEvent {
    }

    /**
     * The user's first update of {@code day} (UTC) reached the bot: at most one per user and day, the
     * source of "active users", "last active" and the 30-day broadcast audience.
     */
    record UserActive(LocalDate day) implements UserEvent {
    }
}
