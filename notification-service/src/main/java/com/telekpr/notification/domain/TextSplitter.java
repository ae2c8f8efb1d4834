package com.telekpr.notification.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text longer than Telegram's 4096 characters into messages, at the last paragraph break
 * that fits, else the last line break, else the last space, else hard; never inside a surrogate pair.
 */
public final class TextSplitter {
    public static final int TELEGRAM_MAX = 4096;

    private TextSplitter() {
    }

    public static List<String> split(String text) {
        return split(text, TELEGRAM_MAX);
    }

    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String text, int max) {
        String window = text.substring(0, max + 1);
        for (String boundary : new String[] {"\n\n", "\n", " "}) {
            int at = window.lastIndexOf(boundary);
            if (at > max / 4) {
                return at + boundary.length();
            }
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    /** For texts that cannot be split (an edit, a caption): the first {@code max} characters, marked as cut. */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
