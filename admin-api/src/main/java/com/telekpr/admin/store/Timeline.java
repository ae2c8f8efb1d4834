package com.telekpr.admin.store;

import com.telekpr.admin.domain.EventWords;
import com.telekpr.events.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** A user's activity timeline: one line per event about them (see {@link EventWords}). */
public final class Timeline {
    private Timeline() {
    }

    public static Uni<Void> add(SqlConnection connection, Envelope envelope) {
        if (envelope.userId() == null) {
            return Uni.createFrom().voidItem();
        }
        return Sql.run(connection, "insert into user_timeline (event_id, user_id, at, type, summary)"
                        + " values ($1, $2, $3, $4, $5) on conflict do nothing",
                envelope.id(), envelope.userId(), envelope.time(), envelope.type(), EventWords.of(envelope.data()));
    }
}
