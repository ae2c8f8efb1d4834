package com.telekpr.admin.application;

import com.telekpr.admin.application.port.EventHistory;
import com.telekpr.admin.store.RebuildSchema;
import com.telekpr.admin.store.Sql;
import com.telekpr.events.Envelope;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Rebuilds every read model from the whole history while the live ones keep answering: a fresh schema is
 * filled from offset 0 of every event topic; then, holding the projection lock (live projection waits), the
 * events that came meanwhile are read too and the fresh copy is swapped in for the old one.
 */
@ApplicationScoped
public class ProjectionRebuild {
    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

    private final Pool pool;
    private final Inbox inbox;
    private final Projections projections;
    private final EventHistory history;
    private final RebuildSchema schema;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());
    private final AtomicReference<EventHistory.Reading> reading = new AtomicReference<>();
    private final AtomicLong replayed = new AtomicLong();

    ProjectionRebuild(Pool pool, Inbox inbox, Projections projections, EventHistory history, RebuildSchema schema) {
        this.pool = pool;
        this.inbox = inbox;
        this.projections = projections;
        this.history = history;
        this.schema = schema;
    }

    /** Starts a rebuild in the background; refused while one runs. */
    public synchronized RebuildStatus start() {
        if (status().running()) {
            throw new RebuildRunningException(status());
        }
        replayed.set(0);
        status.set(new RebuildStatus("replaying", Instant.now(), null, 0, 0, 0, List.of(), null));
        Infrastructure.getDefaultWorkerPool().execute(this::run);
        return status();
    }

    public RebuildStatus status() {
        RebuildStatus now = status.get();
        EventHistory.Reading current = reading.get();
        if (current == null) {
            return now;
        }
        double seconds = Math.max(1e-3, Duration.between(now.startedAt(), Instant.now()).toNanos() / 1e9);
        return new RebuildStatus(now.state(), now.startedAt(), now.finishedAt(), replayed.get(), replayed.get() / seconds,
                current.unreadable(), current.progress(), now.error());
    }

    private void run() {
        try {
            schema.createFresh();
            try (EventHistory.Reading pass = history.open()) {
                reading.set(pass);
                pass.readToEnd(this::replay);
                moveTo("swapping", null);
                try (Connection swap = schema.begin()) {
                    pass.readToEnd(this::replay);
                    schema.swap(swap);
                }
                LOG.infof("read models rebuilt from %d events", replayed.get());
                finish("done", null);
            }
        } catch (Exception failure) {
            LOG.errorf(failure, "rebuilding the read models failed; the live ones are untouched");
            finish("failed", failure.getMessage());
        }
    }

    /** One batch into the fresh copy, in one transaction on its schema, each event once. */
    private void replay(List<Envelope> batch) {
        pool.withTransaction(connection -> Sql.run(connection, "set local search_path to " + schema.name())
                .chain(() -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Envelope envelope : batch) {
                        chain = chain.chain(() -> inbox.processOnce(connection, envelope, projections::replay)
                                .replaceWithVoid());
                    }
                    return chain;
                })).await().indefinitely();
        replayed.addAndGet(batch.size());
    }

    private void moveTo(String state, String error) {
        status.updateAndGet(s -> new RebuildStatus(state, s.startedAt(), s.finishedAt(), 0, 0, 0, List.of(), error));
    }

    private void finish(String state, String error) {
        RebuildStatus last = status();
        reading.set(null);
        status.set(new RebuildStatus(state, last.startedAt(), Instant.now(), last.eventsReplayed(),
                last.eventsPerSecond(), last.unreadable(), last.topics(), error));
    }
}
