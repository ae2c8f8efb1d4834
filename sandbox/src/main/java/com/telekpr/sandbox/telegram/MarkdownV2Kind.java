package com.telekpr.sandbox.telegram;

import static com.telekpr.sandbox.telegram.TextFormatting.at;

/** The entities of parse_mode MarkdownV2 under TDLib's names (which its errors use), and how each one ends. */
enum MarkdownV2Kind {
    BOLD("Bold"), ITALIC("Italic"), UNDERLINE("Underline"), STRIKETHROUGH("Strikethrough"), SPOILER("Spoiler"),
    CODE("Code"), PRE("Pre"), PRE_CODE("PreCode"), TEXT_URL("TextUrl"), CUSTOM_EMOJI("CustomEmoji"),
    BLOCKQUOTE("BlockQuote");

    final String tdName;

    MarkdownV2Kind(String tdName) {
        this.tdName = tdName;
    }

    /** Inside code only a backtick means anything. */
    boolean isCode() {
        return this == CODE || this == PRE || this == PRE_CODE;
    }

    /** Whether the reserved character {@code c} at {@code i} closes an open entity of this kind. */
    boolean endsAt(String source, int i, char c) {
        char next = at(source, i + 1);
        return switch (this) {
            case BOLD -> c == '*';
            case ITALIC -> c == '_' && next != '_';
            case CODE -> c == '`';
            case PRE, PRE_CODE -> c == '`' && next == '`' && at(source, i + 2) == '`';
            case TEXT_URL, CUSTOM_EMOJI -> c == ']';
            case UNDERLINE -> c == '_' && next == '_';
            case STRIKETHROUGH -> c == '~';
            case SPOILER -> c == '|' && next == '|';
            case BLOCKQUOTE -> false;
        };
    }

    /**
     * The Bot API entity.
     *
     * @param argument the language of a pre, the checked URL of a text link, the custom emoji id; "1" for an
     *                 expandable block quote
     */
    TextEntity entity(int offset, int length, String argument) {
        return switch (this) {
            case BOLD -> TextEntity.of("bold", offset, length);
            case ITALIC -> TextEntity.of("italic", offset, length);
            case UNDERLINE -> TextEntity.of("underline", offset, length);
            case STRIKETHROUGH -> TextEntity.of("strikethrough", offset, length);
            case SPOILER -> TextEntity.of("spoiler", offset, length);
            case CODE -> TextEntity.of("code", offset, length);
            case PRE -> TextEntity.pre(offset, length, null);
            case PRE_CODE -> TextEntity.pre(offset, length, argument);
            case TEXT_URL -> TextEntity.textLink(offset, length, argument);
            case CUSTOM_EMOJI -> new TextEntity("custom_emoji", offset, length, null, null, argument);
            case BLOCKQUOTE -> TextEntity.of(argument.isEmpty() ? "blockquote" : "expandable_blockquote", offset, length);
        };
    }

    /** An entity of this kind begun at {@code start} (a UTF-16 index of {@code source}) was never closed. */
    BotApiError notClosed(String source, int start) {
        return TextFormatting.cantParse("Can't find end of " + tdName + " entity at byte offset "
                + TextFormatting.byteOffset(source, start));
    }

    /** A reserved character that starts no entity here. */
    static BotApiError reserved(char c) {
        return TextFormatting.cantParse("Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
    }
}
