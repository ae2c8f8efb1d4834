package com.telekpr.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka: lock a batch, publish it, wait for every acknowledgement, mark
 * it sent, commit. A crash between publishing and committing publishes the batch again on the next
 * pass; consumers drop the repeat through their inbox.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);
    private static final Duration GAUGES_EVERY = Duration.ofSeconds(1);

    private final Pool pool;
    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final Vertx vertx;
    private final Counter published;
    private final Counter failures;
    private final AtomicReference<OutboxStore.Backlog> backlog = new AtomicReference<>(new OutboxStore.Backlog(0, 0));
    private volatile boolean running;
    private long lastCleanup;
    private long lastGaugeRefresh;
    /** Consecutive failed passes, and when the first of them failed: the relay backs off and tells it once. */
    private int failedPasses;
    private long failingSince;

    OutboxRelay(Pool pool, OutboxStore store, OutboxPublisher publisher, OutboxConfig config, Vertx vertx,
                MeterRegistry registry) {
        this.pool = pool;
        this.store = store;
        this.publisher = publisher;
        this.config = config;
        this.vertx = vertx;
        this.published = Counter.builder("telekpr.outbox.published")
                .description("Messages the relay published and marked sent").register(registry);
        this.failures = Counter.builder("telekpr.outbox.publish.failures")
                .description("Relay passes that failed and will be retried").register(registry);
        registry.gauge("telekpr.outbox.pending", backlog, b -> b.get().pending());
        registry.gauge("telekpr.outbox.oldest.pending.seconds", backlog, b -> b.get().oldestAgeSeconds());
    }

    void start(@Observes StartupEvent started) {
        running = true;
        scheduleNextPass(Duration.ZERO);
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
    }

    /** Publishes one batch if this instance holds the relay lock; returns how many messages it published. */
    public Uni<Integer> publishBatch() {
        return pool.withTransaction(connection -> store.tryRelayLock(connection)
                .chain(locked -> locked ? store.lockUnsent(connection, config.batchSize()) : Uni.createFrom().item(List.<OutboxRow>of()))
                .call(batch -> batch.isEmpty() ? Uni.createFrom().voidItem() : publisher.publish(batch))
                .call(batch -> batch.isEmpty() ? Uni.createFrom().voidItem() : store.markSent(connection, batch))
                .map(List::size));
    }

    private void scheduleNextPass(Duration delay) {
        if (!running) {
            return;
        }
        if (delay.isZero()) {
            vertx.runOnContext(this::pass);
        } else {
            vertx.setTimer(delay.toMillis(), id -> pass());
        }
    }

    private void pass() {
        publishBatch()
                .call(count -> count > 0 ? Uni.createFrom().voidItem() : whenIdle())
                .subscribe().with(
                        count -> {
                            recovered();
                            published.increment(count);
                            // a full batch means more may be waiting: go again at once
                            scheduleNextPass(count >= config.batchSize() ? Duration.ZERO : config.pollInterval());
                        },
                        error -> {
                            if (!running) {
                                return; // the datasource closed under a pass in flight: shutting down
                            }
                            Duration backoff = failed(error);
                            store.recordFailure(error.toString()).subscribe().with(
                                    ignored -> scheduleNextPass(backoff),
                                    alsoFailed -> scheduleNextPass(backoff));
                        });
    }

    /** Counts a failed pass; says so on the first of a run of them; returns the wait before the next pass. */
    private Duration failed(Throwable error) {
        failures.increment();
        if (failedPasses++ == 0) {
            failingSince = System.nanoTime();
            LOG.warnf("outbox relay cannot publish, retrying with backoff up to %s until it can: %s",
                    config.maxRetryBackoff(), error.toString());
        } else {
            LOG.debugf("outbox relay pass %d failed: %s", failedPasses, error.toString());
        }
        return RetryPolicy.doubling(config.pollInterval(), config.maxRetryBackoff(), failedPasses);
    }

    private void recovered() {
        if (failedPasses > 0) {
            LOG.infof("outbox relay publishes again after %.1f s and %d failed passes",
                    (System.nanoTime() - failingSince) / 1e9, failedPasses);
            failedPasses = 0;
        }
    }

    /**
     * Housekeeping only when there is nothing to publish: the lag gauges at most once a second (not on
     * every 50 ms poll), pruning once an hour.
     */
    private Uni<Void> whenIdle() {
        long now = System.currentTimeMillis();
        Uni<Void> refresh = Uni.createFrom().voidItem();
        if (now - lastGaugeRefresh >= GAUGES_EVERY.toMillis()) {
            lastGaugeRefresh = now;
            refresh = store.backlog().invoke(backlog::set).replaceWithVoid();
        }
        if (now - lastCleanup < CLEANUP_EVERY.toMillis()) {
            return refresh;
        }
        lastCleanup = now;
        return refresh.chain(this::prune).replaceWithVoid();
    }

    /** Deletes sent messages, remembered message ids and request answers older than the retention; returns how many rows. */
    Uni<Integer> prune() {
        return store.deleteSentBefore(config.retention()).chain(sent -> store.deleteProcessedBefore(config.retention())
                .chain(processed -> store.deleteIdempotencyKeysBefore(config.retention())
                        .map(keys -> sent + processed + keys)));
    }
}
