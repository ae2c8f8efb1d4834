package com.telekpr.sandbox.telegram;

/**
 * The message a bot's message replies to (its reply_parameters): in the same chat, or in {@code chatId} when the
 * reply crosses chats (Telegram then answers an external_reply instead of a reply_to_message).
 */
public record ReplyTo(long chatId, long messageId) {
}
