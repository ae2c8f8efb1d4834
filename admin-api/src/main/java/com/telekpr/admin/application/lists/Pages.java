package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** A list read as one stream, page after page, each asked for with the last item of the one before. */
final class Pages {
    private Pages() {
    }

    /** {@code pageAfter} gets null for the first page; a page shorter than the maximum is the last one. */
    static <T> Multi<T> walk(Function<T, Uni<List<T>>> pageAfter) {
        return Multi.createBy().repeating().uni(AtomicReference<T>::new, last -> pageAfter.apply(last.get())
                        .invoke(items -> {
                            if (!items.isEmpty()) {
                                last.set(items.get(items.size() - 1));
                            }
                        }))
                .whilst(items -> items.size() == PageRequest.MAX_SIZE)
                .onItem().transformToIterable(items -> items);
    }
}
