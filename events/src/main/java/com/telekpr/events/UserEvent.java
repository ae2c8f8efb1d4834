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
     * An admin erased the user: every service forgets their personal data, and the per-user keys their sealed fields
     * were written with (see {@link PersonalSeal}) are destroyed, so history read again shows none of it.
     */
    record UserErased() implements UserEvent {
    }

    /**
     * The user's first update of {@code day} (UTC) reached the bot: at most one per user and day, the
     * source of "active users", "last active" and the 30-day broadcast audience.
     */
    record UserActive(LocalDate day) implements UserEvent {
    }
}
