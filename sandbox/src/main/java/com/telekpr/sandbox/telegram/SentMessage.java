package com.telekpr.sandbox.telegram;

import java.time.Instant;
import java.util.List;

/**
 * What a chat received: a text message ({@code sendMessage}) or a file ({@code sendDocument}). After an edit
 * {@link TelegramSimulator#current} answers a copy with the new text and keyboard; the received list keeps the original.
 *
 * @param text the text as the chat shows it: the parse_mode markup taken out (and trimmed, as Telegram trims);
 *             null for a document
 * @param parseMode the parse_mode the bot sent, or null
 * @param caption a document's caption as shown, markup taken out; null when it has none
 * @param keyboard inline keyboard rows, empty when the message has none
 * @param fileContent the uploaded bytes (null for text messages)
 * @param entities the formatting of the text (or of a document's caption), UTF-16 offsets, empty when plain
 * @param replyTo the message this one replies to, or null
 */
public record SentMessage(long chatId, long messageId, String method, String text, String parseMode, String caption,
        String fileName, long fileSize, byte[] fileContent, List<List<Button>> keyboard, long receivedAtNanos,
        Instant receivedAt, List<TextEntity> entities, ReplyTo replyTo) {

    public SentMessage {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public boolean isDocument() {
        return fileName != null;
    }

    SentMessage edited(ParsedText newText, String newParseMode, List<List<Button>> newKeyboard) {
        return new SentMessage(chatId, messageId, method, newText.text(), newParseMode, caption, fileName, fileSize,
                fileContent, newKeyboard, receivedAtNanos, receivedAt, newText.entities(), replyTo);
    }

    SentMessage withKeyboard(List<List<Button>> newKeyboard) {
        return new SentMessage(chatId, messageId, method, text, parseMode, caption, fileName, fileSize, fileContent,
                newKeyboard, receivedAtNanos, receivedAt, entities, replyTo);
    }
}
