package com.telekpr.sandbox.telegram;

import static com.telekpr.sandbox.telegram.TextFormatting.at;
import static com.telekpr.sandbox.telegram.TextFormatting.isSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * parse_mode HTML, read as TDLib's parse_html reads it: tags and their attributes ({@link HtmlTags}), character
 * references ({@link HtmlCharacters}), and the same refusals in the same words, with UTF-8 byte offsets.
 */
final class HtmlEntities {
    /** A start tag waiting for its end, and where its entity begins in the output. */
    private record Open(String tag, String argument, int offset) {
    }

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private final List<TextEntity> entities = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    private boolean decodedSurrogate;
    private int i;

    private HtmlEntities(String source) {
        this.source = source;
    }

    static ParsedText parse(String text) {
        return new HtmlEntities(text).run();
    }

    private ParsedText run() {
        for (i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '&') {
                int after = decode(out);
                if (after >= 0) {
                    i = after - 1; // the loop steps on
                    continue;
                }
            }
            if (c != '<') {
                out.append(c);
                continue;
            }
            int begin = i++;
            if (at(source, i) != '/') {
                startTag(begin);
            } else {
                endTag(begin);
            }
        }
        if (!open.isEmpty()) {
            throw error("Can't find end tag corresponding to start tag \"" + last().tag() + "\"");
        }
        if (decodedSurrogate && HtmlCharacters.hasLoneSurrogate(out)) {
            throw error("Text contains invalid Unicode characters after decoding HTML entities, check for unmatched "
                    + "surrogate code units");
        }
        HtmlTags.withoutCodeLanguages(entities);
        return new ParsedText(out.toString(), entities);
    }

    private void startTag(int begin) {
        while (!isSpace(at(source, i)) && at(source, i) != '>') {
            i++;
        }
        if (at(source, i) == 0) {
            throw error("Unclosed start tag at byte offset " + bytes(begin));
        }
        String tag = TextFormatting.asciiLower(source.substring(begin + 1, i));
        if (!HtmlTags.SUPPORTED.contains(tag)) {
            throw error("Unsupported start tag \"" + tag + "\" at byte offset " + bytes(begin));
        }
        String argument = "";
        while (at(source, i) != '>') {
            skipSpaces();
            if (at(source, i) == '>') {
                break;
            }
            int nameBegin = i;
            while (!isSpace(at(source, i)) && "=>/\"'".indexOf(at(source, i)) < 0) {
                i++;
            }
            String name = source.substring(nameBegin, i);
            if (name.isEmpty()) {
                throw error("Empty attribute name in the tag \"" + tag + "\" at byte offset " + bytes(begin));
            }
            skipSpaces();
            if (at(source, i) != '=') {
                if (at(source, i) == 0) {
                    throw error("Unclosed start tag \"" + tag + "\" at byte offset " + bytes(begin));
                }
                if (tag.equals("blockquote") && name.equals("expandable")) {
                    argument = "1";
                }
                continue;
            }
            i++;
            skipSpaces();
            if (at(source, i) == 0) {
                throw error("Unclosed start tag \"" + tag + "\" at byte offset " + bytes(begin));
            }
            String value = attributeValue();
            if (at(source, i) == 0) {
                throw error("Unclosed start tag at byte offset " + bytes(begin));
            }
            argument = HtmlTags.argument(tag, name, value, argument);
        }
        if (tag.equals("span") && !argument.equals("spoiler")) {
            throw error("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + bytes(begin));
        }
        open.add(new Open(tag, argument, out.length()));
    }

    /** A quoted string (references decoded) or a bare name token (lower-cased); leaves {@code i} after it. */
    private String attributeValue() {
        char quote = at(source, i);
        if (quote != '\'' && quote != '"') {
            int tokenBegin = i;
            while (TextFormatting.isAsciiAlnum(at(source, i)) || at(source, i) == '.' || at(source, i) == '-') {
                i++;
            }
            if (!isSpace(at(source, i)) && at(source, i) != '>') {
                throw error("Unexpected end of name token at byte offset " + bytes(tokenBegin));
            }
            return TextFormatting.asciiLower(source.substring(tokenBegin, i));
        }
        i++;
        StringBuilder value = new StringBuilder();
        while (at(source, i) != quote && at(source, i) != 0) {
            if (at(source, i) == '&') {
                int after = decode(value);
                if (after >= 0) {
                    i = after;
                    continue;
                }
            }
            value.append(source.charAt(i++));
        }
        if (at(source, i) == quote) {
            i++;
        }
        return value.toString();
    }

    private void endTag(int begin) {
        if (open.isEmpty()) {
            throw error("Unexpected end tag at byte offset " + bytes(begin));
        }
        while (!isSpace(at(source, i)) && at(source, i) != '>') {
            i++;
        }
        String name = TextFormatting.asciiLower(source.substring(begin + 2, i));
        while (isSpace(at(source, i)) && at(source, i) != 0) {
            i++;
        }
        if (at(source, i) != '>') {
            throw error("Unclosed end tag at byte offset " + bytes(begin));
        }
        Open start = last();
        if (!name.isEmpty() && !name.equals(start.tag())) {
            throw error("Unmatched end tag at byte offset " + bytes(begin) + ", expected \"</" + start.tag()
                    + ">\", found \"</" + name + ">\"");
        }
        open.remove(open.size() - 1);
        int length = out.length() - start.offset();
        if (length > 0) {
            HtmlTags.close(start.tag(), start.argument(), start.offset(), length, out, entities);
        }
    }

    /** Decodes the character reference at {@code i} into {@code into}: the index after it, or -1 for none. */
    private int decode(StringBuilder into) {
        int before = into.length();
        int after = HtmlCharacters.decode(source, i, into);
        if (after >= 0 && into.length() - before == 1 && Character.isSurrogate(into.charAt(before))) {
            decodedSurrogate = true;
        }
        return after;
    }

    private void skipSpaces() {
        while (at(source, i) != 0 && isSpace(at(source, i))) {
            i++;
        }
    }

    private Open last() {
        return open.get(open.size() - 1);
    }

    private int bytes(int index) {
        return TextFormatting.byteOffset(source, index);
    }

    private static BotApiError error(String message) {
        return TextFormatting.cantParse(message);
    }
}
