package com.telekpr.sandbox.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Telegram's rule for bold, italic, underline, strikethrough and spoiler: overlapping or touching ranges of one
 * type merge, every range is cut where another entity starts or ends, and the parts inside code or pre blocks are
 * dropped. So {@code <b>a <i>b</i></b>} answers bold(0,2), bold(2,1), italic(2,1), as the real Bot API does.
 */
final class EntitySplitter {
    private static final int TYPES = 5;

    private final List<TextEntity> splittable;
    private final List<TextEntity> result = new ArrayList<>();
    private final int[] begin = new int[TYPES];
    private final int[] end = new int[TYPES];
    private int next;

    private EntitySplitter(List<TextEntity> splittable) {
        this.splittable = splittable;
    }

    /** {@code splittable} and {@code others} sorted in Telegram's order; answers the split entities, sorted. */
    static List<TextEntity> split(List<TextEntity> splittable, List<TextEntity> others) {
        var splitter = new EntitySplitter(splittable);
        List<TextEntity> open = new ArrayList<>();
        for (TextEntity other : others) {
            splitter.addOffset(other.offset(), open);
            open.add(other);
        }
        splitter.addOffset(Integer.MAX_VALUE, open);
        splitter.result.sort(EntityKind.ORDER);
        return splitter.result;
    }

    private void addOffset(int offset, List<TextEntity> open) {
        while (!open.isEmpty() && offset >= open.get(open.size() - 1).end()) {
            TextEntity closing = open.remove(open.size() - 1);
            int before = result.size();
            addUpTo(closing.end());
            if (EntityKind.of(closing).isPre()) {
                result.subList(before, result.size()).clear(); // nothing is formatted inside code
            }
        }
        addUpTo(offset);
    }

    private void addUpTo(int endOffset) {
        while (next < splittable.size() && splittable.get(next).offset() < endOffset) {
            TextEntity entity = splittable.get(next++);
            int index = EntityKind.of(entity).splittableIndex();
            if (end[index] != 0 && entity.offset() <= end[index]) {
                end[index] = Math.max(end[index], entity.end());
            } else {
                flush(entity.offset());
                begin[index] = entity.offset();
                end[index] = entity.end();
            }
        }
        flush(endOffset);
    }

    private void flush(int offset) {
        for (int index = 0; index < TYPES; index++) {
            if (end[index] != 0 && begin[index] < offset) {
                if (end[index] <= offset) {
                    result.add(TextEntity.of(EntityKind.splittableType(index), begin[index], end[index] - begin[index]));
                    begin[index] = 0;
                    end[index] = 0;
                } else {
                    result.add(TextEntity.of(EntityKind.splittableType(index), begin[index], offset - begin[index]));
                    begin[index] = offset;
                }
            }
        }
    }
}
