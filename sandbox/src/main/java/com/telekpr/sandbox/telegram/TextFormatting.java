package com.telekpr.sandbox.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Applies a {@code parse_mode} the way the Bot API does: the markup becomes entities, then Telegram's fixing and
 * trimming run (for plain text too). Broken markup is refused with TDLib's own words, behind the Bot API's
 * "can't parse entities: ", and positions in those words are UTF-8 byte offsets into the text as sent.
 */
final class TextFormatting {
    /** The Bot API refuses a text or caption of more bytes than this before it even parses it. */
    static final int MAX_RAW_BYTES = 1 << 15;

    private TextFormatting() {
    }

    /**
     * @param parseMode "HTML", "MarkdownV2" or "Markdown" in any case, or null for plain text
     * @param allowEmpty whether nothing left but whitespace answers an empty text (captions) or is refused (texts)
     */
    static ParsedText format(String raw, String parseMode, boolean allowEmpty) {
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_RAW_BYTES) {
            throw BotApiError.badRequest("text is too long");
        }
        String mode = parseMode == null ? "" : parseMode.toLowerCase(Locale.ROOT);
        ParsedText parsed = switch (mode) {
            case "", "none" -> ParsedText.plain(raw);
            case "html" -> HtmlEntities.parse(raw);
            case "markdownv2" -> MarkdownV2Entities.parse(raw);
            case "markdown" -> MarkdownEntities.parse(raw);
            default -> throw BotApiError.badRequest("unsupported parse_mode");
        };
        return EntityFixer.fix(parsed, allowEmpty);
    }

    /** A parse error as the Bot API words it: TDLib's message, first letter lowered, after its prefix. */
    static BotApiError cantParse(String tdlibMessage) {
        return BotApiError.badRequest("can't parse entities: " + tdlibMessage);
    }

    /** The UTF-8 byte offset of UTF-16 index {@code index} in {@code text}: how TDLib reports positions. */
    static int byteOffset(String text, int index) {
        return text.substring(0, Math.min(index, text.length())).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The character at {@code index}, or 0 past the end (TDLib reads a NUL-terminated string). */
    static char at(String text, int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }

    /** TDLib's is_space: space, tab, CR, LF, vertical tab and the terminating NUL. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == 0x0B;
    }

    /**
     * After the ``` of a pre block at {@code i}: where a language name right after it ends, or {@code i} when
     * there is none (a name needs something after it other than a backtick).
     */
    static int languageEnd(String text, int i) {
        int end = i;
        while (!isSpace(at(text, end)) && at(text, end) != '`') {
            end++;
        }
        return end != i && end < text.length() && at(text, end) != '`' ? end : i;
    }

    /** A pre block drops one line break (\n, \r, \r\n or \n\r) at its start: the index after it. */
    static int afterOneNewLine(String text, int i) {
        char first = at(text, i);
        if (first != '\n' && first != '\r') {
            return i;
        }
        char second = at(text, i + 1);
        return (second == '\n' || second == '\r') && second != first ? i + 2 : i + 1;
    }

    /** Lower case for ASCII letters only, as TDLib's to_lower. */
    static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            if (chars[k] >= 'A' && chars[k] <= 'Z') {
                chars[k] += 32;
            }
        }
        return new String(chars);
    }

    static boolean isAsciiAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
