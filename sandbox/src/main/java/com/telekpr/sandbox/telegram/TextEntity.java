package com.telekpr.sandbox.telegram;

/**
 * One MessageEntity as the Bot API answers it: a formatted range of a message's text (or caption) after
 * {@code parse_mode} markup was removed. Offsets and lengths count UTF-16 code units, as Telegram counts them, so
 * they index a Java String directly.
 *
 * @param type the Bot API type: bold, italic, underline, strikethrough, spoiler, code, pre, text_link,
 *             custom_emoji, blockquote or expandable_blockquote
 * @param url the link of a text_link, else null
 * @param language the language of a pre block, else null
 * @param customEmojiId the id of a custom_emoji, else null
 */
public record TextEntity(String type, int offset, int length, String url, String language, String customEmojiId) {

    public TextEntity {
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("an entity has a type");
        }
    }

    /** An entity that carries nothing but its range, such as bold. */
    public static TextEntity of(String type, int offset, int length) {
        return new TextEntity(type, offset, length, null, null, null);
    }

    public static TextEntity textLink(int offset, int length, String url) {
        return new TextEntity("text_link", offset, length, url, null, null);
    }

    public static TextEntity pre(int offset, int length, String language) {
        return new TextEntity("pre", offset, length, null, language, null);
    }

    public int end() {
        return offset + length;
    }

    /** The part of {@code text} (the message's plain text) this entity formats. */
    public String textIn(String text) {
        return text.substring(offset, end());
    }

    TextEntity withRange(int newOffset, int newLength) {
        return new TextEntity(type, newOffset, newLength, url, language, customEmojiId);
    }
}
