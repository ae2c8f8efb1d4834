package com.telekpr.admin.application.dashboard;

import com.telekpr.admin.domain.TrendBuckets;
import com.telekpr.admin.domain.TrendBuckets.Bucket;
import com.telekpr.admin.domain.TrendBuckets.Granularity;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trends, summed from quarter-hour totals: each period of any zone is a whole number of quarter
 * hours, so width_bucket over the periods' starts sorts every quarter into exactly one period.
 */
@ApplicationScoped
public class TrendQueries {
    private static final String QUARTERS = "select width_bucket(bucket, $1::timestamptz[]) as i,"
            + " sum(revenue_usd) as revenue, sum(orders_placed) as placed, sum(orders_completed) as completed,"
            + " sum(orders_cancelled) as cancelled, sum(new_users) as new_users, sum(new_subscribers) as subscribers"
            + " from quarter_totals where bucket >= $2 and bucket < $3 group by 1";
    private static final String ACTIVE = "select i, count(*) as active from (select distinct width_bucket(active_at,"
            + " $1::timestamptz[]) as i, user_id from user_activity where active_at >= $2 and active_at < $3) seen group by i";
    private static final String USERS_BEFORE = "select coalesce(sum(new_users), 0) as users from quarter_totals where bucket < $1";
    private static final String PACKAGES = "select p.package_code, coalesce(c.name, p.package_code) as name,"
            + " sum(p.orders) as orders, sum(p.tokens) as tokens from package_quarters p left join catalogue c"
            + " on c.code = p.package_code where p.bucket >= $1 and p.bucket < $2 group by p.package_code, c.name"
            + " order by orders desc, p.package_code";

    private final Pool pool;
    private final FiguresCache cache;

    TrendQueries(Pool pool, FiguresCache cache) {
        this.pool = pool;
        this.cache = cache;
    }

    /** Refuses (PageRequest.InvalidParameter) a range of too many periods, at once. */
    public Uni<Trends> trends(LocalDate from, LocalDate to, Granularity granularity, ZoneId zone) {
        List<Bucket> buckets = TrendBuckets.of(from, to, granularity, zone);
        return cache.get(String.join(" ", "trends", from.toString(), to.toString(), granularity.name(), zone.getId()),
                () -> compute(buckets, from, to, granularity, zone));
    }

    private Uni<Trends> compute(List<Bucket> buckets, LocalDate from, LocalDate to, Granularity granularity,
                                ZoneId zone) {
        Instant start = buckets.get(0).startsAt();
        Instant end = buckets.get(buckets.size() - 1).endsAt();
        Instant[] starts = buckets.stream().map(Bucket::startsAt).toArray(Instant[]::new);
        Uni<Map<Integer, Row>> quarters = Sql.rows(pool, QUARTERS, starts, start, end).map(TrendQueries::byIndex);
        Uni<Map<Integer, Row>> active = Sql.rows(pool, ACTIVE, starts, start, end).map(TrendQueries::byIndex);
        Uni<Long> usersBefore = Sql.rows(pool, USERS_BEFORE, start).map(rows -> rows.iterator().next().getLong("users"));
        Uni<List<Trends.PackagePopularity>> packages = Sql.rows(pool, PACKAGES, start, end)
                .map(rows -> Sql.list(rows, Trends.PackagePopularity::of));
        return Uni.combine().all().unis(quarters, active, usersBefore, packages).asTuple().map(all -> {
            var periods = new ArrayList<Trends.Period>();
            long totalUsers = all.getItem3();
            for (int i = 0; i < buckets.size(); i++) {
                Bucket bucket = buckets.get(i);
                Row sums = all.getItem1().get(i + 1);
                Row seen = all.getItem2().get(i + 1);
                long newUsers = sums == null ? 0 : sums.getLong("new_users");
                totalUsers += newUsers;
                periods.add(new Trends.Period(bucket.start(), bucket.startsAt(), bucket.endsAt(),
                        sums == null ? BigDecimal.ZERO : sums.getBigDecimal("revenue"),
                        sums == null ? 0 : sums.getLong("placed"), sums == null ? 0 : sums.getLong("completed"),
                        sums == null ? 0 : sums.getLong("cancelled"), newUsers, seen == null ? 0 : seen.getLong("active"),
                        sums == null ? 0 : sums.getLong("subscribers"), totalUsers));
            }
            return new Trends(granularity.name().toLowerCase(Locale.ROOT), zone.getId(), from, to, periods, all.getItem4());
        });
    }

    private static Map<Integer, Row> byIndex(RowSet<Row> rows) {
        var byIndex = new HashMap<Integer, Row>();
        rows.forEach(row -> byIndex.put(row.getInteger("i"), row));
        return byIndex;
    }
}
