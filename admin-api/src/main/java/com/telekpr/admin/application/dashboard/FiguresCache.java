package com.telekpr.admin.application.dashboard;

import com.telekpr.admin.application.AdminConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The dashboard's aggregate figures, computed at most once per {@code figures-cache} for each question (the same
 * zone and range): every open dashboard asks the same few, and the answers change only as events are projected.
 * Once an answer is older than that, the next asker still gets it at once while a fresh one is computed for those
 * after (stale while revalidating), so no one waits behind a recomputation. Zero turns the cache off.
 */
@ApplicationScoped
public class FiguresCache {
    private static final Logger LOG = Logger.getLogger(FiguresCache.class);
    /** Beyond this many distinct questions (zones × ranges) the cache starts afresh rather than grow. */
    private static final int MAX_QUESTIONS = 1_000;

    private final long ttlNanos;
    private final Map<String, Answer<?>> answers = new ConcurrentHashMap<>();

    FiguresCache(AdminConfig config) {
        this.ttlNanos = config.figuresCache().toNanos();
    }

    /** The latest answer to one question, and the computation under way, if any. */
    private static final class Answer<T> {
        T value;
        long computedAt;
        Uni<T> computing;
    }

    @SuppressWarnings("unchecked")
    <T> Uni<T> get(String question, Supplier<Uni<T>> compute) {
        if (ttlNanos == 0) {
            return compute.get();
        }
        if (answers.size() > MAX_QUESTIONS) {
            answers.clear();
        }
        Answer<T> answer = (Answer<T>) answers.computeIfAbsent(question, key -> new Answer<T>());
        Uni<T> started = null;
        Uni<T> reply;
        synchronized (answer) {
            if (answer.value != null && System.nanoTime() - answer.computedAt < ttlNanos) {
                return Uni.createFrom().item(answer.value);
            }
            if (answer.computing == null) {
                answer.computing = recompute(answer, compute);
                started = answer.computing;
            }
            reply = answer.value != null ? Uni.createFrom().item(answer.value) : answer.computing;
        }
        if (started != null) {
            // started outside the lock: a computation that completes at once then clears `computing` after it was set
            started.subscribe().with(value -> { }, failure -> LOG.warnf("a dashboard figure failed: %s", failure));
        }
        return reply;
    }

    private static <T> Uni<T> recompute(Answer<T> answer, Supplier<Uni<T>> compute) {
        return Uni.createFrom().<T>deferred(compute::get)
                .invoke(value -> {
                    synchronized (answer) {
                        answer.value = value;
                        answer.computedAt = System.nanoTime();
                    }
                })
                .eventually(() -> {
                    synchronized (answer) {
                        answer.computing = null;
                    }
                })
                .memoize().indefinitely();
    }
}
