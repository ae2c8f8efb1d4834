package com.telekpr.sandbox.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * What Telegram does to a parsed text before it sends it (TDLib's fix_formatted_text): drops empty entities,
 * untangles overlapping ones, cuts the trailing spaces and newlines and the leading ones before the first entity,
 * and sorts the entities (by offset, longer first, then by type).
 */
final class EntityFixer {
    private EntityFixer() {
    }

    /** The text as Telegram keeps it; a text of nothing but whitespace is empty (refused unless {@code allowEmpty}). */
    static ParsedText fix(ParsedText parsed, boolean allowEmpty) {
        List<TextEntity> entities = fixEntities(withoutEmpty(parsed.entities()));
        String text = parsed.text();
        int last = text.length() - 1;
        while (last >= 0 && (text.charAt(last) == ' ' || text.charAt(last) == '\n')) {
            last--;
        }
        if (last < 0) {
            if (allowEmpty) {
                return ParsedText.EMPTY;
            }
            throw BotApiError.badRequest("text must be non-empty");
        }
        // right trim: entities past the end go, entities reaching into it are cut
        int length = last + 1;
        List<TextEntity> kept = new ArrayList<>();
        for (TextEntity entity : entities) {
            if (entity.offset() < length) {
                kept.add(entity.end() > length ? entity.withRange(entity.offset(), length - entity.offset()) : entity);
            }
        }
        kept.sort(EntityKind.ORDER);
        // left trim, but only the whitespace before the first entity
        int firstEntity = kept.isEmpty() ? length : kept.get(0).offset();
        int start = 0;
        while (start < firstEntity && (text.charAt(start) == ' ' || text.charAt(start) == '\n')) {
            start++;
        }
        List<TextEntity> shifted = new ArrayList<>();
        for (TextEntity entity : kept) {
            shifted.add(entity.withRange(entity.offset() - start, entity.length()));
        }
        return new ParsedText(text.substring(start, length), shifted);
    }

    private static List<TextEntity> withoutEmpty(List<TextEntity> entities) {
        List<TextEntity> kept = new ArrayList<>();
        for (TextEntity entity : entities) {
            boolean empty = entity.length() <= 0 || ("text_link".equals(entity.type()) && isBlank(entity.url()))
                    || ("custom_emoji".equals(entity.type()) && isBlank(entity.customEmojiId()));
            if (!empty) {
                kept.add(entity);
            }
        }
        return kept;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    /** TDLib's fix_entities: the entities sorted, non-intersecting where they must be, split where they must be. */
    static List<TextEntity> fixEntities(List<TextEntity> input) {
        List<TextEntity> entities = new ArrayList<>(input);
        entities.sort(EntityKind.ORDER);
        if (areValid(entities)) {
            return entities;
        }
        List<TextEntity> splittable = new ArrayList<>();
        List<TextEntity> blockquotes = new ArrayList<>();
        List<TextEntity> others = new ArrayList<>();
        for (TextEntity entity : entities) {
            EntityKind kind = EntityKind.of(entity);
            (kind.isSplittable() ? splittable : kind.isBlockquote() ? blockquotes : others).add(entity);
        }
        others = withoutIntersecting(others); // links and code blocks cannot even nest
        if (!blockquotes.isEmpty()) {
            blockquotes = withoutIntersecting(blockquotes);
            others = withoutCrossingQuotes(others, blockquotes);
            others.addAll(blockquotes);
            others.sort(EntityKind.ORDER);
        }
        if (splittable.isEmpty()) {
            return others;
        }
        List<TextEntity> split = EntitySplitter.split(splittable, others);
        if (others.isEmpty()) {
            return split;
        }
        others.addAll(split);
        others.sort(EntityKind.ORDER);
        return others;
    }

    /** TDLib's are_entities_valid: true when the sorted entities need no fixing at all. */
    private static boolean areValid(List<TextEntity> entities) {
        int[] splittableEnd = {-1, -1, -1, -1, -1};
        List<TextEntity> open = new ArrayList<>();
        int openMask = 0;
        for (TextEntity entity : entities) {
            while (!open.isEmpty() && entity.offset() >= open.get(open.size() - 1).end()) {
                openMask -= EntityKind.of(open.remove(open.size() - 1)).mask();
            }
            EntityKind kind = EntityKind.of(entity);
            if (!open.isEmpty()) {
                TextEntity parent = open.get(open.size() - 1);
                if (entity.end() > parent.end() || (openMask & kind.mask()) != 0 || EntityKind.of(parent).isPre()
                        || (kind.isPre() && (openMask & ~EntityKind.BLOCKQUOTE_MASK) != 0)
                        || ((kind.isContinuous() || kind.isBlockquote()) && (openMask & EntityKind.CONTINUOUS_MASK) != 0)
                        || (kind.isBlockquote() && (openMask & EntityKind.BLOCKQUOTE_MASK) != 0)
                        || (openMask & EntityKind.SPLITTABLE_MASK) != 0) {
                    return false;
                }
            }
            if (kind.isSplittable()) {
                if (splittableEnd[kind.splittableIndex()] >= entity.offset()) {
                    return false; // touching or overlapping ranges of one type merge
                }
                splittableEnd[kind.splittableIndex()] = entity.end();
            }
            open.add(entity);
            openMask += kind.mask();
        }
        return true;
    }

    /** Keeps each entity that starts at or after the end of the last one kept (sorted input). */
    private static List<TextEntity> withoutIntersecting(List<TextEntity> entities) {
        List<TextEntity> kept = new ArrayList<>();
        int lastEnd = 0;
        for (TextEntity entity : entities) {
            if (entity.offset() >= lastEnd) {
                lastEnd = entity.end();
                kept.add(entity);
            }
        }
        return kept;
    }

    /** Drops the entities that cross a block quote's border (both lists sorted and non-intersecting). */
    private static List<TextEntity> withoutCrossingQuotes(List<TextEntity> entities, List<TextEntity> quotes) {
        List<TextEntity> kept = new ArrayList<>();
        int quote = 0;
        for (TextEntity entity : entities) {
            while (quote < quotes.size() && quotes.get(quote).end() <= entity.offset()) {
                quote++;
            }
            if (quote < quotes.size() && (quotes.get(quote).end() < entity.end()
                    || (entity.offset() < quotes.get(quote).offset() && quotes.get(quote).offset() < entity.end()))) {
                continue;
            }
            kept.add(entity);
        }
        return kept;
    }
}
