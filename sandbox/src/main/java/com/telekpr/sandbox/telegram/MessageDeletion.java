package com.telekpr.sandbox.telegram;

import java.time.Instant;

/** One accepted {@code deleteMessage}: which message went, and whether the user (not the bot) had written it. */
public record MessageDeletion(long chatId, long messageId, boolean fromUser, Instant deletedAt) {
}
