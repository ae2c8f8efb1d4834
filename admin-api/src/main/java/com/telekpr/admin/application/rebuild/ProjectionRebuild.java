package com.telekpr.admin.application.rebuild;

import com.telekpr.admin.application.Projections;
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
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Rebuilds every read model from the whole history while the live ones keep answering: a fresh schema is
 * filled from offset 0 of every event topic; then, holding the projection lock alone (live projection waits),
 * the events that came meanwhile are read too and the fresh copy is swapped in for the old one.
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
    private final AtomicLong skipped = new AtomicLong();

    ProjectionRebuild(Pool pool, Inbox inbox, Projections projections, EventHistory history, RebuildSchema schema) {
        this.pool = pool;
        this.inbox = inbox;
        this.projections = projections;
        this.history = history;
        this.schema = schema;
    }

    /** Starts a rebuild in the background; refused while one runs, here or on another replica. Blocking. */
    public synchronized RebuildStatus start() throws SQLException {
        if (status().running()) {
            throw new RebuildRunningException(status());
        }
        Connection claim = schema.claim().orElseThrow(() -> new RebuildRunningException(status()));
        replayed.set(0);
        skipped.set(0);
        status.set(RebuildStatus.started(Instant.now()));
        Infrastructure.getDefaultWorkerPool().execute(() -> run(claim));
        return status();
    }

    public RebuildStatus status() {
        return status.get().with(reading.get(), replayed.get(), skipped.get());
    }

    private void run(Connection claim) {
        try (claim) {
            schema.createFresh();
            try (EventHistory.Reading pass = history.open()) {
                reading.set(pass);
                pass.readToEnd(this::replay);
                moveTo(RebuildStatus.LOCKING);
                try (Connection swap = schema.lockLiveProjection()) {
                    moveTo(RebuildStatus.SWAPPING);
                    var caughtUp = new ArrayList<Envelope>();
                    pass.readToEnd(batch -> {
                        replay(batch);
                        caughtUp.addAll(batch);
                    });
                    schema.swap(swap, caughtUp);
                }
                LOG.infof("read models rebuilt from %d events (%d skipped)", replayed.get(), skipped.get());
                finish(RebuildStatus.DONE, null);
            }
        } catch (Exception failure) {
            LOG.errorf(failure, "rebuilding the read models failed; the live ones are untouched");
            finish(RebuildStatus.FAILED, failure.getMessage());
        }
    }

    /**
     * One batch into the fresh copy, in one transaction on its schema, each event once. If the batch fails, its
     * events go one by one and those that fail alone are skipped, as live consumption dead-lettered them.
     */
    private void replay(List<Envelope> batch) {
        try {
            inCopy(batch).await().indefinitely();
        } catch (RuntimeException batchFailed) {
            for (Envelope envelope : batch) {
                try {
                    inCopy(List.of(envelope)).await().indefinitely();
                } catch (RuntimeException failed) {
                    LOG.warnf("rebuild skips %s %s: %s", envelope.type(), envelope.id(), failed.getMessage());
                    skipped.incrementAndGet();
                }
            }
        }
        replayed.addAndGet(batch.size());
    }

    private Uni<Void> inCopy(List<Envelope> envelopes) {
        return pool.withTransaction(connection -> Sql.run(connection, "set local search_path to " + schema.name())
                .chain(() -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Envelope envelope : envelopes) {
                        chain = chain.chain(() -> inbox.processOnce(connection, envelope, projections::replay)
                                .replaceWithVoid());
                    }
                    return chain;
                }));
    }

    private void moveTo(String state) {
        status.updateAndGet(s -> s.in(state));
    }

    private void finish(String state, String error) {
        RebuildStatus last = status();
        reading.set(null);
        status.set(last.finished(state, Instant.now(), error));
    }
}
