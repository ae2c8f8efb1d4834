package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import com.telekpr.admin.domain.Ratios;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The broadcasts table, as notification-service's BroadcastProgress tells it. */
@ApplicationScoped
public class BroadcastQueries {
    public static final Map<String, String> SORTS = Map.of("startedAt", "started_at", "status", "status", "sent", "sent");

    private final Pool pool;

    BroadcastQueries(Pool pool) {
        this.pool = pool;
    }

    /** A broadcast's delivery as notification-service last told it (BroadcastProgress). */
    public record BroadcastView(UUID broadcastId, String status, int sent, int failed, int blocked, int cancelled,
                                int pending, double successRate, Instant startedAt, Instant updatedAt) {
    }

    private static BroadcastView view(Row row) {
        int sent = row.getInteger("sent");
        int done = sent + row.getInteger("failed") + row.getInteger("blocked");
        return new BroadcastView(row.getUUID("broadcast_id"), row.getString("status"), sent, row.getInteger("failed"),
                row.getInteger("blocked"), row.getInteger("cancelled"), row.getInteger("pending"), Ratios.rate(sent, done),
                Sql.instant(row, "started_at"), Sql.instant(row, "progress_at"));
    }

    public Uni<Page<BroadcastView>> broadcasts(String status, PageRequest page) {
        ListQuery query = new ListQuery().where("status = ?", status);
        Uni<List<BroadcastView>> items = Sql.rows(pool, "select * from broadcasts" + query.where()
                + query.orderAndPage(SORTS.get(page.sort()), page, "broadcast_id"), query.pageParams(page))
                .map(rows -> Sql.list(rows, BroadcastQueries::view));
        return Paging.withTotal(pool, items, "select count(*) as total from broadcasts" + query.where(), query.params(), page);
    }
}
