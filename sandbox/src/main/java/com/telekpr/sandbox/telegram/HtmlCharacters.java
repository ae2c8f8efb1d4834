package com.telekpr.sandbox.telegram;

import static com.telekpr.sandbox.telegram.TextFormatting.at;

/**
 * HTML character references as Telegram decodes them (TDLib's decode_html_entity): &amp;lt; &amp;gt; &amp;amp;
 * &amp;quot; and numeric ones (&amp;#NN; and &amp;#xHH;, the semicolon optional). Any other stays as typed.
 */
final class HtmlCharacters {
    private HtmlCharacters() {
    }

    /** Decodes the reference starting at {@code pos} (an '&') into {@code into}: the index after it, or -1. */
    static int decode(String source, int pos, StringBuilder into) {
        int end = pos + 1;
        long code = 0;
        if (at(source, pos + 1) == '#') {
            end++;
            if (at(source, pos + 2) == 'x') {
                end++;
                while (isHex(at(source, end))) {
                    code = Math.min(code * 16 + Character.digit(source.charAt(end++), 16), Integer.MAX_VALUE);
                }
            } else {
                while (at(source, end) >= '0' && at(source, end) <= '9') {
                    code = Math.min(code * 10 + source.charAt(end++) - '0', Integer.MAX_VALUE);
                }
            }
            if (code == 0 || code >= 0x10ffff || end - pos >= 10) {
                return -1;
            }
        } else {
            while (isAlpha(at(source, end))) {
                end++;
            }
            switch (source.substring(pos + 1, end)) {
                case "lt" -> code = '<';
                case "gt" -> code = '>';
                case "amp" -> code = '&';
                case "quot" -> code = '"';
                default -> {
                    return -1;
                }
            }
        }
        into.appendCodePoint((int) code);
        return at(source, end) == ';' ? end + 1 : end;
    }

    /** Whether decoding left half of a surrogate pair alone (what &amp;#xD83D; alone makes). */
    static boolean hasLoneSurrogate(CharSequence text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
