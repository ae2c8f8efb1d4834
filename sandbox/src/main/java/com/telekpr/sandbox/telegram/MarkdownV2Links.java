package com.telekpr.sandbox.telegram;

import static com.telekpr.sandbox.telegram.TextFormatting.at;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The (url) part of MarkdownV2 links and custom emoji, read as TDLib reads it. */
final class MarkdownV2Links {
    private static final Pattern EMOJI = Pattern.compile("(?i)tg:(?://)?emoji\\?id=([0-9]{1,19})");
    private static final Pattern TIME = Pattern.compile("(?i)tg:(?://)?time\\?.*");

    /** A URL as written between the parentheses, escapes undone, and the index of its ')'. */
    record Target(String url, int close) {
    }

    private MarkdownV2Links() {
    }

    /** Reads from the '(' at {@code open}; a missing ')' is TDLib's "Can't find end of a URL". */
    static Target read(String source, int open) {
        int i = open + 1;
        StringBuilder url = new StringBuilder();
        while (i < source.length() && source.charAt(i) != ')') {
            if (source.charAt(i) == '\\' && at(source, i + 1) > 0 && at(source, i + 1) <= 126) {
                url.append(source.charAt(i + 1));
                i += 2;
                continue;
            }
            url.append(source.charAt(i++));
        }
        if (at(source, i) != ')') {
            throw TextFormatting.cantParse("Can't find end of a URL at byte offset "
                    + TextFormatting.byteOffset(source, open + 1));
        }
        return new Target(url.toString(), i);
    }

    /** The id of a tg://emoji?id= link; "" for a tg://time link (a date the sandbox does not format). */
    static String customEmojiId(String url) {
        Matcher emoji = EMOJI.matcher(url);
        if (emoji.matches() && !emoji.group(1).matches("0+")) {
            return emoji.group(1);
        }
        if (TIME.matcher(url.toLowerCase(Locale.ROOT)).matches()) {
            return "";
        }
        throw TextFormatting.cantParse("Invalid tg://emoji or tg://time URL specified");
    }
}
