package com.telekpr.sandbox.telegram;

/** One inline keyboard button as the bot sent it: text and exactly one of callback data or URL. */
public record Button(String text, String callbackData, String url) {
}
