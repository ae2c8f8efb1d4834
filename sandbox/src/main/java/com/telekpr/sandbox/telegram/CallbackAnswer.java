package com.telekpr.sandbox.telegram;

import java.time.Instant;

/** One accepted {@code answerCallbackQuery}. */
public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert, String url, Instant receivedAt) {
}
