package com.telekpr.admin.application;

import com.telekpr.admin.store.ProjectionLock;
import com.telekpr.events.Envelope;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** One consumed event into the live read models: under the projection lock, once (the inbox), in one transaction. */
@ApplicationScoped
public class LiveProjection {
    private final Pool pool;
    private final Inbox inbox;
    private final Projections projections;

    LiveProjection(Pool pool, Inbox inbox, Projections projections) {
        this.pool = pool;
        this.inbox = inbox;
        this.projections = projections;
    }

    /** True if projected now, false if it had been before. */
    public Uni<Boolean> project(Envelope envelope) {
        return pool.withTransaction(connection -> ProjectionLock.shared(connection)
                .chain(() -> inbox.processOnce(connection, envelope, projections::applyLive)));
    }
}
