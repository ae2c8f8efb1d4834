package com.telekpr.sandbox.telegram;

import java.time.Instant;

/** One accepted {@code sendChatAction}: the action (typing, upload_document, ...) as sent, lower-cased. */
public record ChatAction(long chatId, String action, Instant sentAt) {
}
