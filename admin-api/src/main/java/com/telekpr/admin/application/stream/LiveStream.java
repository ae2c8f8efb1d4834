package com.telekpr.admin.application.stream;

import com.telekpr.admin.application.AdminConfig;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dashboard's live stream: what was projected into stream_events after a client's cursor, read from
 * the table by every connection itself, so a reconnect with Last-Event-ID resumes exactly where it left off,
 * on whichever replica it lands.
 */
@ApplicationScoped
public class LiveStream {
    private static final int BATCH = 500;

    private final Pool pool;
    private final Duration poll;
    private final Duration heartbeat;

    LiveStream(Pool pool, AdminConfig config) {
        this.pool = pool;
        this.poll = config.streamPoll();
        this.heartbeat = config.streamHeartbeat();
    }

    /** One item of the stream: an event (seq, kind, the envelope as JSON), a heartbeat, or word of a gap. */
    public record Item(long seq, String kind, String data) {
        public static final String HEARTBEAT = "heartbeat";
        /** The events after the client's Last-Event-ID are no longer kept: it should reload, then listen on. */
        public static final String GAP = "gap";
    }

    /** Events after {@code lastEventId} (null: from now on), then as they come, with heartbeats between. */
    public Multi<Item> after(Long lastEventId) {
        Uni<Long> start = lastEventId != null ? Uni.createFrom().item(lastEventId)
                : Sql.rows(pool, "select coalesce(max(seq), 0) as seq from stream_events")
                .map(rows -> rows.iterator().next().getLong("seq"));
        return start.onItem().transformToMulti(from -> {
            AtomicLong cursor = new AtomicLong(from);
            Multi<Item> gap = lastEventId == null ? Multi.createFrom().empty() : gapAfter(from);
            Multi<Item> events = Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(poll)
                    .onOverflow().drop()
                    .onItem().transformToUniAndConcatenate(tick -> read(cursor.get()))
                    .onItem().transformToIterable(items -> {
                        if (!items.isEmpty()) {
                            cursor.set(items.get(items.size() - 1).seq());
                        }
                        return items;
                    });
            Multi<Item> beats = Multi.createFrom().ticks().startingAfter(heartbeat).every(heartbeat)
                    .onOverflow().drop().map(tick -> new Item(-1, Item.HEARTBEAT, "{}"));
            return Multi.createBy().concatenating().streams(gap, Multi.createBy().merging().streams(events, beats));
        });
    }

    private Multi<Item> gapAfter(long from) {
        return Sql.rows(pool, "select forgotten_through from stream_state").toMulti().flatMap(rows -> {
            long forgotten = rows.iterator().next().getLong("forgotten_through");
            return from < forgotten
                    ? Multi.createFrom().item(new Item(-1, Item.GAP, "{\"forgottenThrough\":" + forgotten + "}"))
                    : Multi.createFrom().empty();
        });
    }

    private Uni<List<Item>> read(long after) {
        return Sql.rows(pool, "select seq, kind, data from stream_events where seq > $1 order by seq limit $2", after, BATCH)
                .map(rows -> Sql.list(rows, row -> new Item(row.getLong("seq"), row.getString("kind"),
                        row.getString("data"))));
    }
}
