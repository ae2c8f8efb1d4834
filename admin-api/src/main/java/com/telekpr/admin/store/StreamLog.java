package com.telekpr.admin.store;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.Set;

/**
 * The live stream's memory (table stream_events): the events the dashboard shows as they happen, numbered
 * in the order they were projected, so a client that reconnects with Last-Event-ID gets exactly what it missed.
 */
public final class StreamLog {
    /** The event types the dashboard's stream carries. */
    public static final Set<String> STREAMED = Set.of("UserRegistered", "OrderPlaced", "OrderQueued",
            "OrderStatusChanged", "OrderRejected", "PaymentConfirmed", "BroadcastProgress");

    private StreamLog() {
    }

    public static Uni<Void> append(SqlConnection connection, Envelope envelope) {
        if (!STREAMED.contains(envelope.type())) {
            return Uni.createFrom().voidItem();
        }
        return Sql.run(connection, "insert into stream_events (event_id, kind, at, data) values ($1, $2, $3, $4)"
                + " on conflict do nothing", envelope.id(), envelope.type(), envelope.time(), EnvelopeCodec.encode(envelope));
    }
}
