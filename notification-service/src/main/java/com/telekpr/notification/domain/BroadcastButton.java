package com.telekpr.notification.domain;

import java.net.URI;

/** The one link button a broadcast may carry under its text (Telegram's inline URL button). */
public record BroadcastButton(String text, String url) {
    public static final int MAX_TEXT = 64;
    public static final int MAX_URL = 2048;

    /** Both or neither: null when neither is given; a half-given or malformed button is refused, naming the field. */
    public static BroadcastButton of(String text, String url) {
        boolean hasText = text != null && !text.isBlank();
        boolean hasUrl = url != null && !url.isBlank();
        if (!hasText && !hasUrl) {
            return null;
        }
        if (!hasText || text.strip().length() > MAX_TEXT) {
            throw new InvalidBroadcastException("buttonText", "buttonText is required with buttonUrl, at most " + MAX_TEXT
                    + " characters");
        }
        if (!hasUrl || url.strip().length() > MAX_URL || !isWebAddress(url.strip())) {
            throw new InvalidBroadcastException("buttonUrl", "buttonUrl must be an http(s) address of at most " + MAX_URL
                    + " characters, given with buttonText");
        }
        return new BroadcastButton(text.strip(), url.strip());
    }

    private static boolean isWebAddress(String url) {
        try {
            URI parsed = new URI(url);
            return ("https".equals(parsed.getScheme()) || "http".equals(parsed.getScheme())) && parsed.getHost() != null;
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }
}
