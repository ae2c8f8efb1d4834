package com.telekpr.admin.application.dashboard;

import com.telekpr.admin.domain.OrderProgress;
import com.telekpr.admin.domain.Ratios;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The performance figures: durations from the orders' step times, rates from the pre-summed order_totals. */
@ApplicationScoped
public class PerformanceQueries {
    private static final String DURATIONS = "select"
            + " avg(extract(epoch from completed_at - queued_at)::float8) as avg_processing,"
            + " percentile_cont(0.5) within group (order by extract(epoch from completed_at - queued_at)) as p50,"
            + " percentile_cont(0.9) within group (order by extract(epoch from completed_at - queued_at)) as p90,"
            + " (select avg(extract(epoch from processing_at - queued_at)::float8) from orders"
            + "   where processing_at is not null and queued_at is not null) as avg_wait"
            + " from orders where status = 'completed' and queued_at is not null";
    private static final String OPERATORS = "select o.operator_id, u.username, count(*) as completed,"
            + " percentile_cont(0.5) within group (order by extract(epoch from o.completed_at - o.processing_at)) as median"
            + " from orders o left join users u on u.user_id = o.operator_id"
            + " where o.status = 'completed' and o.operator_id is not null group by o.operator_id, u.username"
            + " order by completed desc, o.operator_id";
    private static final String PAYMENTS = "select count(*) filter (where status = 'paid') as paid,"
            + " count(*) filter (where status in ('paid', 'expired', 'failed')) as ended from payments";
    private static final String QUEUED = "select coalesce(sum(orders), 0) as queued,"
            + " coalesce(sum(orders) filter (where status = 'completed'), 0) as completed,"
            + " coalesce(sum(orders) filter (where status = 'cancelled'), 0) as cancelled"
            + " from order_totals where reached_queue";

    private final Pool pool;
    private final FiguresCache cache;

    PerformanceQueries(Pool pool, FiguresCache cache) {
        this.pool = pool;
        this.cache = cache;
    }

    public Uni<Performance> performance() {
        return cache.get("performance", this::compute);
    }

    private Uni<Performance> compute() {
        Uni<Row> durations = Sql.rows(pool, DURATIONS).map(rows -> rows.iterator().next());
        Uni<List<Performance.OperatorWork>> operators = Sql.rows(pool, OPERATORS)
                .map(rows -> Sql.list(rows, Performance.OperatorWork::of));
        Uni<Row> payments = Sql.rows(pool, PAYMENTS).map(rows -> rows.iterator().next());
        Uni<Row> queued = Sql.rows(pool, QUEUED).map(rows -> rows.iterator().next());
        return Uni.combine().all().unis(durations, operators, payments, queued).asTuple().map(all -> {
            Row times = all.getItem1();
            Row orders = all.getItem4();
            long queuedOrders = orders.getLong("queued");
            return new Performance(Ratios.rate(orders.getLong(OrderProgress.COMPLETED), queuedOrders),
                    times.getDouble("avg_processing"), times.getDouble("p50"), times.getDouble("p90"),
                    times.getDouble("avg_wait"), all.getItem2(),
                    Ratios.rate(all.getItem3().getLong("paid"), all.getItem3().getLong("ended")),
                    Ratios.rate(orders.getLong(OrderProgress.CANCELLED), queuedOrders));
        });
    }
}
