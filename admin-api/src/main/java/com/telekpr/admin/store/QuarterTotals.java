package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;

/**
 * The per-quarter-hour sums behind the trends (see V2__projections.sql): each event adds to the quarter
 * hour it happened in, so the sums are the same in whatever order events arrive.
 */
public final class QuarterTotals {
    /** What a quarter hour sums; the names are the table's columns. */
    public enum Figure {
        REVENUE_USD, ORDERS_PLACED, ORDERS_COMPLETED, ORDERS_CANCELLED, NEW_USERS, NEW_SUBSCRIBERS;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final long QUARTER_SECONDS = 900;

    private QuarterTotals() {
    }

    private static Instant quarterOf(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), QUARTER_SECONDS) * QUARTER_SECONDS);
    }

    public static Uni<Void> add(SqlConnection connection, Instant at, Figure figure, Number amount) {
        String column = figure.column();
        return Sql.run(connection, "insert into quarter_totals (bucket, " + column + ") values ($1, $2)"
                + " on conflict (bucket) do update set " + column + " = quarter_totals." + column + " + excluded." + column,
                quarterOf(at), amount);
    }

    /** One more order of {@code packageCode} queued at {@code at}, for {@code tokens}. */
    public static Uni<Void> addPackageOrder(SqlConnection connection, Instant at, String packageCode, int tokens) {
        return Sql.run(connection, "insert into package_quarters (bucket, package_code, orders, tokens) values ($1, $2, 1, $3)"
                + " on conflict (bucket, package_code) do update set orders = package_quarters.orders + 1,"
                + " tokens = package_quarters.tokens + excluded.tokens", quarterOf(at), packageCode, (long) tokens);
    }
}
