package com.telekpr.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one message's attempt again after each failure, as {@link RetryPolicy} says, in place: the caller
 * (one partition's consumer) waits, so no later message of the partition overtakes this one.
 */
@ApplicationScoped
class Retrying {
    private static final Logger LOG = Logger.getLogger(Retrying.class);

    private final RetryPolicy policy;
    private final Vertx vertx;
    private final InboxMetrics metrics;

    Retrying(OutboxConfig config, Vertx vertx, InboxMetrics metrics) {
        this.policy = RetryPolicy.of(config);
        this.vertx = vertx;
        this.metrics = metrics;
    }

    <T> Uni<T> run(Supplier<Uni<T>> attempt) {
        return attempt(attempt, RetryPolicy.Failures.NONE, System.nanoTime());
    }

    private <T> Uni<T> attempt(Supplier<Uni<T>> attempt, RetryPolicy.Failures before, long since) {
        return Uni.createFrom().<T>deferred(attempt::get)
                .invoke(done -> {
                    if (before.transientCount() > 0) {
                        metrics.stoppedWaiting();
                        LOG.infof("recovered after %d attempts in %.1f s", before.total() + 1, (System.nanoTime() - since) / 1e9);
                    }
                })
                .onFailure().recoverWithUni(failure -> {
                    FailureKind kind = FailureClassifier.classify(failure);
                    RetryPolicy.Failures failures = before.plus(kind);
                    var delay = policy.nextDelay(kind, failures);
                    if (delay.isEmpty()) {
                        if (before.transientCount() > 0) {
                            metrics.stoppedWaiting();
                        }
                        return Uni.createFrom().failure(failure);
                    }
                    metrics.retried(kind);
                    if (kind == FailureKind.TRANSIENT && before.transientCount() == 0) {
                        metrics.startedWaiting();
                    }
                    log(kind, failures, delay.get(), failure);
                    return sleep(delay.get()).chain(() -> attempt(attempt, failures, since));
                });
    }

    /** A transient failure is told once per message and then every tenth time, not on every attempt. */
    private static void log(FailureKind kind, RetryPolicy.Failures failures, Duration delay, Throwable failure) {
        int nth = kind == FailureKind.TRANSIENT ? failures.transientCount() : failures.permanentCount();
        if (kind == FailureKind.PERMANENT || nth == 1 || nth % 10 == 0) {
            LOG.warnf("attempt %d failed (%s), retrying in %d ms: %s", failures.total(), kind.label(), delay.toMillis(),
                    failure.toString());
        }
    }

    /** The timer fires on the caller's Vert.x context, where the reactive session must run. */
    private Uni<Void> sleep(Duration delay) {
        return Uni.createFrom().emitter(done -> vertx.setTimer(Math.max(1, delay.toMillis()), id -> done.complete(null)));
    }
}
