package com.telekpr.gateway.domain;

/**
 * One Telegram update reduced to what the bot acts on: a text message, or a button press (with the
 * callback query to answer and the message the button sat on).
 */
public record ChatUpdate(long updateId, long chatId, TelegramIdentity from, String text, String callbackQueryId,
                       String callbackData, long messageId) {

    public boolean isButtonPress() {
        return callbackQueryId != null;
    }

    /** The command of a text like "/start" or "/help@TeleKprBot arg", lower-cased, or null. */
    public String command() {
        if (text == null || !text.startsWith("/")) {
            return null;
        }
        String word = text.strip().split("\\s+")[0];
        int at = word.indexOf('@');
        return (at > 0 ? word.substring(0, at) : word).toLowerCase(java.util.Locale.ROOT);
    }
}
