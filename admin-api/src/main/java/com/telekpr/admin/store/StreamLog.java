package com.telekpr.admin.store;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The live stream's memory (table stream_events): the events the dashboard shows as they happen, numbered in
 * the order they were committed, so a client that reconnects with Last-Event-ID gets exactly what it missed.
 * A bigserial alone numbers in the order of inserts, which concurrent transactions may commit the other way
 * round (a reader past 11 would never see 10): each append first takes a lock held until its commit.
 */
public final class StreamLog {
    /** The event types the dashboard's stream carries. */
    public static final Set<String> STREAMED = Set.of("UserRegistered", "OrderPlaced", "OrderQueued",
            "OrderStatusChanged", "OrderRejected", "PaymentConfirmed", "BroadcastProgress");
    private static final long APPEND_KEY = ProjectionLock.KEY + 1;

    private StreamLog() {
    }

    public static Uni<Void> append(SqlConnection connection, Envelope envelope) {
        if (!STREAMED.contains(envelope.type())) {
            return Uni.createFrom().voidItem();
        }
        return append(connection, envelope.id(), envelope.type(), envelope.time(), EnvelopeCodec.encode(envelope));
    }

    /** Appends one item in the caller's transaction, after every item committed before it. */
    public static Uni<Void> append(SqlConnection connection, UUID id, String kind, Instant at, String data) {
        return Sql.run(connection, "select pg_advisory_xact_lock($1)", APPEND_KEY)
                .chain(() -> Sql.run(connection, "insert into stream_events (event_id, kind, at, data)"
                        + " values ($1, $2, $3, $4) on conflict do nothing", id, kind, at, data));
    }

    /** Forgets the items older than {@code before}, keeping the newest number forgotten. */
    public static Uni<Void> forget(SqlConnection connection, Instant before) {
        return Sql.run(connection, "with gone as (delete from stream_events where recorded_at < $1 returning seq)"
                + " update stream_state set forgotten_through = greatest(forgotten_through,"
                + " (select coalesce(max(seq), 0) from gone))", before);
    }
}
