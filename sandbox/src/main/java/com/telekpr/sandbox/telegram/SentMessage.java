package com.telekpr.sandbox.telegram;

import java.time.Instant;
import java.util.List;

/**
 * What a chat received: a text message ({@code sendMessage}) or a file ({@code sendDocument}). After an edit
 * {@link TelegramSimulator#current} answers a copy with the new text and keyboard; the received list keeps the original.
 *
 * @param keyboard inline keyboard rows, empty when the message has none
 * @param fileContent the uploaded bytes (null for text messages)
 */
public record SentMessage(long chatId, long messageId, String method, String text, String parseMode, String caption,
        String fileName, long fileSize, byte[] fileContent, List<List<Button>> keyboard, long receivedAtNanos,
        Instant receivedAt) {

    public boolean isDocument() {
        return fileName != null;
    }

    SentMessage edited(String newText, String newParseMode, List<List<Button>> newKeyboard) {
        return new SentMessage(chatId, messageId, method, newText, newParseMode, caption, fileName, fileSize, fileContent,
                newKeyboard, receivedAtNanos, receivedAt);
    }
}
