package com.telekpr.sandbox.telegram;

import java.time.Instant;
import java.util.List;

/** One accepted {@code editMessageText}: what the message said before and after. */
public record MessageEdit(long chatId, long messageId, String previousText, String text,
        List<List<Button>> previousKeyboard, List<List<Button>> keyboard, long receivedAtNanos, Instant receivedAt) {
}
