package com.telekpr.admin.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The dashboard's aggregate figures, computed at most once per {@code figures-cache} for each question: every
 * open dashboard asks the same few, and the answers change only as events are projected. Concurrent askers
 * share one computation; a failed one is not kept. Zero turns it off.
 */
@ApplicationScoped
public class FiguresCache {
    /** Beyond this many distinct questions (zones × ranges) the cache starts afresh rather than grow. */
    private static final int MAX_QUESTIONS = 1_000;

    private final Duration ttl;
    private final Map<String, Uni<?>> answers = new ConcurrentHashMap<>();

    FiguresCache(AdminConfig config) {
        this.ttl = config.figuresCache();
    }

    @SuppressWarnings("unchecked")
    <T> Uni<T> get(String question, Supplier<Uni<T>> compute) {
        if (ttl.isZero()) {
            return compute.get();
        }
        if (answers.size() > MAX_QUESTIONS) {
            answers.clear();
        }
        return (Uni<T>) answers.computeIfAbsent(question, key -> Uni.createFrom().<T>deferred(compute::get)
                .onFailure().invoke(failure -> answers.remove(key)).memoize().atLeast(ttl));
    }
}
