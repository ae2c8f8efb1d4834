package com.telekpr.sandbox.telegram;

/**
 * A pretend Telegram user who talks to the bot. As at Telegram, the private chat with the bot has the user's id.
 *
 * @param lastName may be null, like {@code username} and {@code languageCode} (Telegram omits them when unset)
 */
public record FakeUser(long id, String firstName, String lastName, String username, String languageCode) {
    public FakeUser {
        if (id <= 0) {
            throw new IllegalArgumentException("a user id is positive, got " + id);
        }
        if (firstName == null || firstName.isBlank()) {
            throw new IllegalArgumentException("a Telegram user always has a first name");
        }
    }

    /** The private chat with the bot. */
    public long chatId() {
        return id;
    }
}
