package com.telekpr.admin.store;

import com.telekpr.events.DeliveryEvent;
import com.telekpr.events.DeliveryEvent.BroadcastProgress;
import com.telekpr.events.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** notification.events' broadcast progress into broadcasts: the newest report wins; single messages are not kept. */
public final class BroadcastProjector {
    private static final String UPSERT = "insert into broadcasts (broadcast_id, status, sent, failed, blocked, cancelled,"
            + " pending, started_at, progress_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $8) on conflict (broadcast_id)"
            + " do update set started_at = least(broadcasts.started_at, excluded.started_at), "
            + Sql.newerWins("broadcasts", "progress_at", "status", "sent", "failed", "blocked", "cancelled", "pending");

    private BroadcastProjector() {
    }

    public static Uni<Void> apply(SqlConnection connection, Envelope envelope, DeliveryEvent event) {
        if (event instanceof BroadcastProgress progress) {
            return Sql.run(connection, UPSERT, progress.broadcastId(), progress.status(), progress.sent(), progress.failed(),
                    progress.blocked(), progress.cancelled(), progress.pending(), envelope.time());
        }
        return Uni.createFrom().voidItem();
    }
}
