package com.telekpr.events;

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
}
