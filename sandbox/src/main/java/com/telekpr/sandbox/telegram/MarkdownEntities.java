package com.telekpr.sandbox.telegram;

import static com.telekpr.sandbox.telegram.TextFormatting.at;

import java.util.ArrayList;
import java.util.List;

/**
 * The legacy parse_mode Markdown, read as TDLib's parse_markdown reads it: *bold*, _italic_, `code`,
 * ```language pre``` and [text](url), not nested; only _ * ` [ can be escaped, and an entity left open is refused.
 */
final class MarkdownEntities {
    private MarkdownEntities() {
    }

    static ParsedText parse(String source) {
        StringBuilder out = new StringBuilder();
        List<TextEntity> entities = new ArrayList<>();
        int size = source.length();
        for (int i = 0; i < size; i++) {
            char c = source.charAt(i);
            char next = at(source, i + 1);
            if (c == '\\' && (next == '_' || next == '*' || next == '`' || next == '[')) {
                out.append(next);
                i++;
                continue;
            }
            if (c != '_' && c != '*' && c != '`' && c != '[') {
                out.append(c);
                continue;
            }
            int begin = i;
            char endCharacter = c == '[' ? ']' : c;
            boolean pre = false;
            String language = "";
            i++;
            if (c == '`' && at(source, i) == '`' && at(source, i + 1) == '`') {
                i += 2;
                pre = true;
                int languageEnd = TextFormatting.languageEnd(source, i);
                if (languageEnd > i) {
                    language = source.substring(i, languageEnd);
                    i = languageEnd;
                }
                i = TextFormatting.afterOneNewLine(source, i);
            }
            int offset = out.length();
            while (i < size && (source.charAt(i) != endCharacter
                    || (pre && !(at(source, i + 1) == '`' && at(source, i + 2) == '`')))) {
                out.append(source.charAt(i++));
            }
            if (i >= size) {
                throw TextFormatting.cantParse("Can't find end of the entity starting at byte offset "
                        + TextFormatting.byteOffset(source, begin));
            }
            int length = out.length() - offset;
            if (length > 0) {
                switch (c) {
                    case '_' -> entities.add(TextEntity.of("italic", offset, length));
                    case '*' -> entities.add(TextEntity.of("bold", offset, length));
                    case '`' -> entities.add(pre ? TextEntity.pre(offset, length, language.isEmpty() ? null : language)
                            : TextEntity.of("code", offset, length));
                    default -> {
                        String url;
                        if (at(source, i + 1) != '(') {
                            url = source.substring(begin + 1, i); // the text is the link
                        } else {
                            i += 2;
                            int urlBegin = i;
                            while (i < size && source.charAt(i) != ')') {
                                i++;
                            }
                            url = source.substring(urlBegin, i);
                        }
                        String checked = TextLinks.checked(url);
                        if (!checked.isEmpty()) {
                            entities.add(TextEntity.textLink(offset, length, checked));
                        }
                    }
                }
            }
            if (pre) {
                i += 2;
            }
        }
        return new ParsedText(out.toString(), entities);
    }
}
