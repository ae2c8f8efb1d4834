package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Prepared statements on a connection or pool, with the parameter types the Postgres client lacks (Instant). */
public final class Sql {
    private Sql() {
    }

    public static Uni<Void> run(SqlClient client, String sql, Object... params) {
        return rows(client, sql, params).replaceWithVoid();
    }

    /** The number of rows {@code sql} touched. */
    public static Uni<Integer> count(SqlClient client, String sql, Object... params) {
        return rows(client, sql, params).map(RowSet::rowCount);
    }

    public static Uni<RowSet<Row>> rows(SqlClient client, String sql, Object... params) {
        return client.preparedQuery(sql).execute(tuple(java.util.Arrays.asList(params)));
    }

    /** Each row as {@code mapper} makes it, in order. */
    public static <T> List<T> list(RowSet<Row> rows, Function<Row, T> mapper) {
        var list = new ArrayList<T>(rows.size());
        rows.forEach(row -> list.add(mapper.apply(row)));
        return list;
    }

    public static Tuple tuple(List<Object> params) {
        Tuple tuple = Tuple.tuple();
        for (Object param : params) {
            if (param instanceof Instant instant) {
                tuple.addValue(utc(instant));
            } else if (param instanceof Instant[] instants) {
                tuple.addValue(java.util.Arrays.stream(instants).map(Sql::utc).toArray(OffsetDateTime[]::new));
            } else {
                tuple.addValue(param);
            }
        }
        return tuple;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * The set clause of a status that only rises ($2 its rank, $3 its name): a higher rank replaces a lower one, a
     * lower one is ignored, so the status is the same whatever order its news arrive in.
     */
    public static final String RAISE_STATUS = "status = case when $2 > status_rank then $3 else status end,"
            + " status_rank = greatest(status_rank, $2)";

    /**
     * Set clauses of an upsert in which the incoming row's {@code columns} replace the stored ones only if
     * they come from an event no older than the one the stored ones came from (its time in {@code stamp}).
     */
    public static String newerWins(String table, String stamp, String... columns) {
        var clauses = new ArrayList<String>();
        for (String column : columns) {
            clauses.add(column + " = case when " + table + "." + stamp + " is null or " + table + "." + stamp
                    + " <= excluded." + stamp + " then excluded." + column + " else " + table + "." + column + " end");
        }
        clauses.add(stamp + " = greatest(" + table + "." + stamp + ", excluded." + stamp + ")");
        return String.join(", ", clauses);
    }
}
