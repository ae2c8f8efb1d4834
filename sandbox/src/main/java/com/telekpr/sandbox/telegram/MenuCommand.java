package com.telekpr.sandbox.telegram;

/** One entry of the bot's command menu, as {@code setMyCommands} stored it (trimmed, without a leading slash). */
public record MenuCommand(String command, String description) {
}
