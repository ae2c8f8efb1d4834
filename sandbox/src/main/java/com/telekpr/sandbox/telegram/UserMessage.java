package com.telekpr.sandbox.telegram;

import java.time.Instant;

/** A text message a fake user sent the bot; it shares the chat's message id sequence with the bot's messages. */
public record UserMessage(long chatId, long messageId, FakeUser from, String text, Instant sentAt) {
}
