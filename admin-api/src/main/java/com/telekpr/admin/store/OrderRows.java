package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.Objects;
import java.util.UUID;

/**
 * Every write to an orders row, keeping order_totals equal to the orders table: an order counts once,
 * under its status and whether it reached the queue, with its token cost; a change moves it between rows.
 */
final class OrderRows {
    private OrderRows() {
    }

    /** Makes the order's row if it is the first event about it (awaiting tokens, not yet queued). */
    static Uni<Void> ensure(SqlConnection connection, UUID order, UUID user) {
        return Sql.rows(connection, "insert into orders (order_id, user_id, status, status_rank)"
                        + " values ($1, $2, 'awaiting_tokens', 0) on conflict (order_id) do update set"
                        + " user_id = coalesce(orders.user_id, excluded.user_id) returning (xmax = 0) as inserted", order, user)
                .chain(rows -> rows.iterator().next().getBoolean("inserted")
                        ? move(connection, "awaiting_tokens", false, 1, 0) : Uni.createFrom().voidItem());
    }

    /** {@code update orders set <set> where order_id = $1}, {@code params} from $2 on. */
    static Uni<Void> update(SqlConnection connection, UUID order, String set, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = order;
        System.arraycopy(params, 0, all, 1, params.length);
        // the FROM subquery reads the row as it was before this statement (and locks it); RETURNING gives it as it is after
        return Sql.rows(connection, "update orders set " + set + " from (select status as old_status, reached_queue as"
                        + " old_queued, token_cost as old_cost from orders where order_id = $1 for update) was"
                        + " where order_id = $1 returning was.old_status, was.old_queued, was.old_cost, status,"
                        + " reached_queue, token_cost", all)
                .chain(rows -> rows.size() == 0 ? Uni.createFrom().voidItem() : recount(connection, rows.iterator().next()));
    }

    private static Uni<Void> recount(SqlConnection connection, Row row) {
        String oldStatus = row.getString("old_status");
        boolean oldQueued = row.getBoolean("old_queued");
        long oldCost = cost(row.getInteger("old_cost"));
        String status = row.getString("status");
        boolean queued = row.getBoolean("reached_queue");
        long cost = cost(row.getInteger("token_cost"));
        if (oldStatus.equals(status) && oldQueued == queued && oldCost == cost) {
            return Uni.createFrom().voidItem();
        }
        return move(connection, oldStatus, oldQueued, -1, -oldCost).chain(() -> move(connection, status, queued, 1, cost));
    }

    private static long cost(Integer tokenCost) {
        return Objects.requireNonNullElse(tokenCost, 0);
    }

    private static Uni<Void> move(SqlConnection connection, String status, boolean queued, long orders, long tokens) {
        return Sql.run(connection, "insert into order_totals (status, reached_queue, orders, tokens) values ($1, $2, $3, $4)"
                + " on conflict (status, reached_queue) do update set orders = order_totals.orders + excluded.orders,"
                + " tokens = order_totals.tokens + excluded.tokens", status, queued, orders, tokens);
    }
}
