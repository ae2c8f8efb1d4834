package com.telekpr.sandbox.telegram;

import java.time.Instant;
import java.util.List;

/**
 * One accepted edit: what the message said before and after ({@code editMessageText}), or only its keyboard changed
 * ({@code editMessageReplyMarkup}, the text then the same on both sides).
 *
 * @param method editMessageText or editMessageReplyMarkup
 */
public record MessageEdit(long chatId, long messageId, String previousText, String text,
        List<List<Button>> previousKeyboard, List<List<Button>> keyboard, long receivedAtNanos, Instant receivedAt,
        String method) {
}
