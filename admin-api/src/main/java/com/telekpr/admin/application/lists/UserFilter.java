package com.telekpr.admin.application.lists;

/**
 * What a users list is narrowed to; every field optional. role is admin or operator; text searches the
 * username, name and Telegram and user ids.
 */
public record UserFilter(String role, Boolean suspended, Boolean blockedBot, Boolean subscriber, String text) {
}
