package com.telekpr.events;

/**
 * One inline-keyboard button: either {@code callbackData} (at most 64 bytes, a short id whose state
 * stays server-side) or a {@code url}.
 */
public record Button(String text, String callbackData, String url) {
    public static Button callback(String text, String callbackData) {
        return new Button(text, callbackData, null);
    }

    public static Button link(String text, String url) {
        return new Button(text, null, url);
    }
}
