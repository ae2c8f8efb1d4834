package com.telekpr.sandbox.telegram;

import java.util.Comparator;
import java.util.Objects;

/**
 * How Telegram (TDLib) classes each formatting entity: its sort priority among entities of the same range, and
 * whether it may be split (bold and the like), is continuous (links), is a pre block or a block quote. These decide
 * how overlapping entities are merged, split or dropped.
 */
enum EntityKind {
    BOLD(90), ITALIC(91), UNDERLINE(92), STRIKETHROUGH(93), SPOILER(94),
    CODE(20), PRE(11), PRE_CODE(10),
    TEXT_LINK(49), CUSTOM_EMOJI(99),
    BLOCKQUOTE(0), EXPANDABLE_BLOCKQUOTE(0);

    /** Telegram's order: by offset, longer first, then by type priority. */
    static final Comparator<TextEntity> ORDER = Comparator.comparingInt(TextEntity::offset)
            .thenComparing(Comparator.comparingInt(TextEntity::length).reversed())
            .thenComparingInt(entity -> of(entity).priority);

    private final int priority;

    EntityKind(int priority) {
        this.priority = priority;
    }

    static EntityKind of(TextEntity entity) {
        return switch (entity.type()) {
            case "bold" -> BOLD;
            case "italic" -> ITALIC;
            case "underline" -> UNDERLINE;
            case "strikethrough" -> STRIKETHROUGH;
            case "spoiler" -> SPOILER;
            case "code" -> CODE;
            case "pre" -> entity.language() == null || entity.language().isEmpty() ? PRE : PRE_CODE;
            case "text_link" -> TEXT_LINK;
            case "custom_emoji" -> CUSTOM_EMOJI;
            case "blockquote" -> BLOCKQUOTE;
            case "expandable_blockquote" -> EXPANDABLE_BLOCKQUOTE;
            default -> throw new IllegalArgumentException("no entity type " + entity.type());
        };
    }

    int mask() {
        return 1 << ordinal();
    }

    /** Bold, italic, underline, strikethrough and spoiler: 0 to 4; the others -1. */
    int splittableIndex() {
        return ordinal() <= SPOILER.ordinal() ? ordinal() : -1;
    }

    boolean isSplittable() {
        return splittableIndex() >= 0;
    }

    boolean isPre() {
        return this == CODE || this == PRE || this == PRE_CODE;
    }

    boolean isContinuous() {
        return this == TEXT_LINK || this == CUSTOM_EMOJI;
    }

    boolean isBlockquote() {
        return this == BLOCKQUOTE || this == EXPANDABLE_BLOCKQUOTE;
    }

    static final int SPLITTABLE_MASK = BOLD.mask() | ITALIC.mask() | UNDERLINE.mask() | STRIKETHROUGH.mask()
            | SPOILER.mask();
    static final int CONTINUOUS_MASK = TEXT_LINK.mask() | CUSTOM_EMOJI.mask();
    static final int BLOCKQUOTE_MASK = BLOCKQUOTE.mask() | EXPANDABLE_BLOCKQUOTE.mask();

    /** The splittable type with index {@code index}, for rebuilding split entities. */
    static String splittableType(int index) {
        return switch (index) {
            case 0 -> "bold";
            case 1 -> "italic";
            case 2 -> "underline";
            case 3 -> "strikethrough";
            case 4 -> "spoiler";
            default -> throw new IllegalArgumentException(Objects.toString(index));
        };
    }
}
