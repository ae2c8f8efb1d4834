package com.telekpr.sandbox.telegram;

import java.util.List;

/** A text with its markup taken out: what the chat shows, and the entities that format it. */
record ParsedText(String text, List<TextEntity> entities) {
    static final ParsedText EMPTY = new ParsedText("", List.of());

    ParsedText {
        entities = List.copyOf(entities);
    }

    static ParsedText plain(String text) {
        return new ParsedText(text, List.of());
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Telegram's length limits count Unicode characters (code points), not UTF-16 units. */
    int characters() {
        return text.codePointCount(0, text.length());
    }
}
