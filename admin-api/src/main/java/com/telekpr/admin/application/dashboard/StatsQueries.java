package com.telekpr.admin.application.dashboard;

import com.telekpr.admin.application.ProjectionLag;
import com.telekpr.admin.application.SuiteHealth;
import com.telekpr.admin.domain.OrderProgress;
import com.telekpr.admin.domain.Ratios;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/** /api/admin/stats from the pre-summed tables (order_totals, quarter_totals) and a few indexed counts. */
@ApplicationScoped
public class StatsQueries {
    private static final String FIGURES = "select"
            + " (select count(*) from users where registered_at is not null) as total_users,"
            + " (select count(*) from customers where deleted_at is null and details_at is not null) as total_customers,"
            + " (select coalesce(sum(revenue_usd), 0) from quarter_totals) as revenue_total,"
            + " (select coalesce(sum(revenue_usd), 0) from quarter_totals where bucket >= $1) as revenue_month,"
            + " (select count(*) from users where registered_at is not null and subscription_expires_at > $2) as subscribers,"
            + " (select count(*) from users where last_active >= $3) as monthly_active";

    private final Pool pool;
    private final SuiteHealth health;
    private final ProjectionLag lag;
    private final FiguresCache cache;

    StatsQueries(Pool pool, SuiteHealth health, ProjectionLag lag, FiguresCache cache) {
        this.pool = pool;
        this.health = health;
        this.lag = lag;
        this.cache = cache;
    }

    public Uni<DashboardStats> stats(ZoneId zone) {
        return cache.get("stats " + zone.getId(), () -> compute(zone, Instant.now()));
    }

    private Uni<DashboardStats> compute(ZoneId zone, Instant now) {
        Instant monthStart = ZonedDateTime.ofInstant(now, zone).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
        LocalDate firstActiveDay = now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(29);
        Uni<Row> figures = Sql.rows(pool, FIGURES, monthStart, now, firstActiveDay).map(rows -> rows.iterator().next());
        Uni<OrderCounts> orders = Sql.rows(pool, "select status, reached_queue, orders, tokens from order_totals")
                .map(OrderCounts::of);
        return Uni.combine().all().unis(figures, orders, health.current()).asTuple().map(all -> {
            Row row = all.getItem1();
            OrderCounts counts = all.getItem2();
            long users = row.getLong("total_users");
            long subscribers = row.getLong("subscribers");
            BigDecimal revenue = row.getBigDecimal("revenue_total");
            return new DashboardStats(users, counts.total, row.getLong("total_customers"),
                    new DashboardStats.Revenue(revenue, row.getBigDecimal("revenue_month"), counts.completedTokens),
                    counts.byStatus, Ratios.rate(counts.completedQueued, counts.queued),
                    new DashboardStats.OrderValue(Ratios.mean(revenue, counts.queued, 2),
                            Ratios.mean(BigDecimal.valueOf(counts.queuedTokens), counts.queued, 2)),
                    subscribers, Ratios.rate(subscribers, users), row.getLong("monthly_active"),
                    lag.latestSeconds(), all.getItem3());
        });
    }

    /** order_totals summed the ways the dashboard needs. */
    private static final class OrderCounts {
        final Map<String, Long> byStatus = new TreeMap<>();
        long total;
        long queued;
        long queuedTokens;
        long completedQueued;
        long completedTokens;

        static OrderCounts of(Iterable<Row> rows) {
            var counts = new OrderCounts();
            OrderProgress.statuses().forEach(status -> counts.byStatus.put(status, 0L));
            for (Row row : rows) {
                String status = row.getString("status");
                long orders = row.getLong("orders");
                long tokens = row.getLong("tokens");
                counts.byStatus.merge(status, orders, Long::sum);
                counts.total += orders;
                if (OrderProgress.COMPLETED.equals(status)) {
                    counts.completedTokens += tokens;
                }
                if (row.getBoolean("reached_queue")) {
                    counts.queued += orders;
                    counts.queuedTokens += tokens;
                    counts.completedQueued += OrderProgress.COMPLETED.equals(status) ? orders : 0;
                }
            }
            return counts;
        }
    }
}
