package com.telekpr.gateway.domain;

/** Who wrote, as Telegram describes them in every update's {@code from}. */
public record TelegramIdentity(long telegramId, String username, String firstName, String lastName, String languageCode) {

    public String fullName() {
        String last = lastName == null || lastName.isBlank() ? "" : " " + lastName.strip();
        String first = firstName == null ? "" : firstName.strip();
        String full = (first + last).strip();
        return full.isEmpty() ? (username == null ? "user " + telegramId : username) : full;
    }
}
