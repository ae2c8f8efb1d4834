package com.telekpr.sandbox.telegram;

import static com.telekpr.sandbox.telegram.TextFormatting.at;

import java.util.ArrayList;
import java.util.List;

/**
 * parse_mode MarkdownV2, read as TDLib's parse_markdown_v2 reads it: *bold*, _italic_, __underline__,
 * ~strikethrough~, ||spoiler||, `code`, ```language pre```, [text](url), ![emoji](tg://emoji?id=N) and &gt; block
 * quotes (expandable when they end in ||). Every other reserved character must be escaped with a backslash, and
 * TDLib's refusals come in its own words, with UTF-8 byte offsets.
 */
final class MarkdownV2Entities {
    private static final String RESERVED = "_*[]()~`>#+-=|{}.!\n";

    /** An entity waiting for its end: where it began in the output and (for errors) in the source. */
    private record Open(MarkdownV2Kind kind, String argument, int offset, int start) {
    }

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private final List<TextEntity> entities = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    private boolean haveQuote;
    private boolean canStartQuote = true;
    private int i;

    private MarkdownV2Entities(String source) {
        this.source = source;
    }

    static ParsedText parse(String text) {
        return new MarkdownV2Entities(text).run();
    }

    private ParsedText run() {
        for (i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && at(source, i + 1) > 0 && at(source, i + 1) <= 126) {
                char escaped = source.charAt(++i);
                out.append(escaped);
                if (escaped != '\r') {
                    canStartQuote = escaped == '\n';
                }
                continue;
            }
            boolean inCode = !open.isEmpty() && top().kind().isCode();
            if ((inCode ? "`" : RESERVED).indexOf(c) < 0) {
                out.append(c);
                if (c != '\r') {
                    canStartQuote = false;
                }
                continue;
            }
            if (endsAnEntity(c)) {
                end(c);
            } else {
                begin(c);
            }
        }
        if (haveQuote) {
            boolean expandable = false;
            if (top().kind() == MarkdownV2Kind.SPOILER && top().start() == source.length() - 2) {
                open.remove(open.size() - 1);
                expandable = true;
            }
            if (top().kind() == MarkdownV2Kind.BLOCKQUOTE) {
                haveQuote = false;
                Open quote = open.remove(open.size() - 1);
                if (out.length() > quote.offset()) {
                    add(quote, expandable ? "1" : "");
                }
            }
        }
        if (!open.isEmpty()) {
            throw top().kind().notClosed(source, top().start());
        }
        return new ParsedText(out.toString(), entities);
    }

    private boolean endsAnEntity(char c) {
        if (open.isEmpty()) {
            return false;
        }
        if (haveQuote && c == '\n' && (i + 1 == source.length() || source.charAt(i + 1) != '>')) {
            return true;
        }
        return top().kind().endsAt(source, i, c);
    }

    private void begin(char c) {
        int start = i;
        char next = at(source, i + 1);
        MarkdownV2Kind kind;
        String argument = "";
        switch (c) {
            case '_' -> {
                kind = next == '_' ? MarkdownV2Kind.UNDERLINE : MarkdownV2Kind.ITALIC;
                i += next == '_' ? 1 : 0;
            }
            case '*' -> kind = MarkdownV2Kind.BOLD;
            case '~' -> kind = MarkdownV2Kind.STRIKETHROUGH;
            case '[' -> kind = MarkdownV2Kind.TEXT_URL;
            case '|', '!' -> {
                if (next != (c == '|' ? '|' : '[')) {
                    throw MarkdownV2Kind.reserved(c);
                }
                i++;
                kind = c == '|' ? MarkdownV2Kind.SPOILER : MarkdownV2Kind.CUSTOM_EMOJI;
            }
            case '`' -> {
                if (next == '`' && at(source, i + 2) == '`') {
                    i += 3;
                    kind = MarkdownV2Kind.PRE;
                    int languageEnd = TextFormatting.languageEnd(source, i);
                    if (languageEnd > i) {
                        kind = MarkdownV2Kind.PRE_CODE;
                        argument = source.substring(i, languageEnd);
                        i = languageEnd;
                    }
                    i = TextFormatting.afterOneNewLine(source, i) - 1; // the loop steps on
                } else {
                    kind = MarkdownV2Kind.CODE;
                }
            }
            case '\n' -> {
                out.append('\n');
                canStartQuote = true;
                return;
            }
            case '>' -> {
                if (!canStartQuote) {
                    throw MarkdownV2Kind.reserved(c);
                }
                if (haveQuote) {
                    return; // the '>' of a further quoted line
                }
                kind = MarkdownV2Kind.BLOCKQUOTE;
                haveQuote = true;
            }
            default -> throw MarkdownV2Kind.reserved(c);
        }
        open.add(new Open(kind, argument, out.length(), start));
    }

    private void end(char c) {
        Open entity = top();
        boolean expandable = false;
        if (c == '\n' && entity.kind() != MarkdownV2Kind.BLOCKQUOTE) {
            // only a spoiler opened right before the line break may stand there: it makes the quote expandable
            boolean cr = out.length() > 0 && out.charAt(out.length() - 1) == '\r';
            boolean rightBefore = entity.start() == i - 2 || (entity.start() == i - 3 && cr);
            if (entity.kind() != MarkdownV2Kind.SPOILER || !rightBefore) {
                throw entity.kind().notClosed(source, entity.start());
            }
            open.remove(open.size() - 1);
            entity = top();
            if (entity.kind() != MarkdownV2Kind.BLOCKQUOTE) {
                throw entity.kind().notClosed(source, entity.start());
            }
            expandable = true;
        }
        String argument = entity.argument();
        boolean skip = out.length() == entity.offset();
        switch (entity.kind()) {
            case BOLD, ITALIC, CODE, STRIKETHROUGH -> { }
            case UNDERLINE, SPOILER -> i++;
            case PRE, PRE_CODE -> i += 2;
            case TEXT_URL -> {
                String url = at(source, i + 1) != '(' ? out.substring(entity.offset()) : url();
                argument = TextLinks.checked(url);
                skip |= argument.isEmpty();
            }
            case CUSTOM_EMOJI -> {
                if (at(source, i + 1) != '(') {
                    throw TextFormatting.cantParse("The entity must contain a tg://emoji or tg://time URL");
                }
                argument = MarkdownV2Links.customEmojiId(url());
                skip |= argument.isEmpty();
            }
            case BLOCKQUOTE -> {
                haveQuote = false;
                out.append(source.charAt(i));
                canStartQuote = true;
                skip = false;
            }
        }
        if (!skip) {
            add(entity, expandable ? "1" : argument);
        }
        open.remove(open.size() - 1);
    }

    /** The (url) after the ]: leaves {@code i} on its ')'. */
    private String url() {
        MarkdownV2Links.Target target = MarkdownV2Links.read(source, i + 1);
        i = target.close();
        return target.url();
    }

    private void add(Open entity, String argument) {
        entities.add(entity.kind().entity(entity.offset(), out.length() - entity.offset(), argument));
    }

    private Open top() {
        return open.get(open.size() - 1);
    }
}
