package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The orders table and one order's page, from admin's orders projection. */
@ApplicationScoped
public class OrderQueries {
    /** The fields an orders list sorts by, and their columns. */
    public static final Map<String, String> SORTS = Map.of("placedAt", "o.placed_at", "status", "o.status",
            "tokenCost", "o.token_cost", "queuePosition", "o.queue_position", "completedAt", "o.completed_at",
            "packageCode", "o.package_code", "priority", "o.priority");

    private final Pool pool;

    OrderQueries(Pool pool) {
        this.pool = pool;
    }

    public record OrderDetail(OrderSummary order, List<HistoryStep> history) {
    }

    /** {@code note}: staff's own words; {@code customerMessage}: what the customer was told with the step. */
    public record HistoryStep(Instant at, String from, String to, UUID actorId, String note, String customerMessage) {
        static HistoryStep of(Row row) {
            return new HistoryStep(Sql.instant(row, "at"), row.getString("from_status"), row.getString("to_status"),
                    row.getUUID("actor_id"), row.getString("note"), row.getString("customer_message"));
        }
    }

    public Uni<Page<OrderSummary>> list(OrderFilter filter, PageRequest page) {
        ListQuery query = filtered(filter);
        String column = SORTS.get(page.sort());
        // the joins matter to the filter only when the free text searches the joined names
        String from = filter.text() == null || filter.text().isBlank() ? " from orders o" : OrderSummary.FROM;
        // the page's ids first, then the names for those rows alone: joining every row an offset skips made the
        // grid's jump to the middle of a million orders take seconds; the ids alone are read from the sort's index
        String pageIds = "select o.order_id" + from + query.where() + query.orderAndPage(column, page, "o.order_id");
        Uni<List<OrderSummary>> items = Sql.rows(pool, "select " + OrderSummary.COLUMNS + " from (" + pageIds
                + ") page join orders o using (order_id)" + OrderSummary.JOINS + query.order(column, page, "o.order_id"),
                query.pageParams(page)).map(rows -> Sql.list(rows, OrderSummary::of));
        if (filter.byStatusAlone()) {
            // the most asked lists (all, or one status) are counted already: no need to count 50,000 pending orders
            ListQuery counted = new ListQuery().where("status = ?", filter.status());
            String all = "(select coalesce(sum(orders), 0) from order_totals" + counted.where() + ")";
            String archived = "(select coalesce(sum(orders), 0) from archived_order_totals" + counted.where() + ")";
            String total = switch (filter.archived()) {
                case INCLUDE -> all;
                case ONLY -> archived;
                case EXCLUDE -> all + " - " + archived;
            };
            // both sums name the same $1, the status, when there is one
            return Paging.withTotal(pool, items, "select (" + total + ")::bigint as total", counted.params(), page);
        }
        return Paging.withTotal(pool, items, "select count(*) as total" + from + query.where(), query.params(), page);
    }

    /** One order's row alone, without its history; empty when the projection has none. */
    public Uni<List<OrderSummary>> summary(UUID orderId) {
        return Sql.rows(pool, "select " + OrderSummary.COLUMNS + OrderSummary.FROM + " where o.order_id = $1", orderId)
                .map(rows -> Sql.list(rows, OrderSummary::of));
    }

    public Uni<OrderDetail> one(UUID orderId) {
        Uni<List<OrderSummary>> order = summary(orderId);
        Uni<List<HistoryStep>> history = Sql.rows(pool, "select at, from_status, to_status, actor_id, note, customer_message"
                + " from order_history where order_id = $1 order by at, event_id", orderId)
                .map(rows -> Sql.list(rows, HistoryStep::of));
        return Uni.combine().all().unis(order, history).asTuple().map(both -> {
            if (both.getItem1().isEmpty()) {
                throw new NotFoundException("order", orderId);
            }
            return new OrderDetail(both.getItem1().get(0), both.getItem2());
        });
    }

    /**
     * Every order the filter matches, newest first, read {@link PageRequest#MAX_SIZE} at a time after the last one
     * read (not by offset: each page starts in the index where the last ended), so exporting a million orders reads
     * each row once. Orders not yet placed (their OrderPlaced still to come) follow, by id.
     */
    public Multi<OrderSummary> all(OrderFilter filter) {
        Multi<OrderSummary> placed = Pages.walk(last -> exportPage(filter, "o.placed_at is not null", last == null ? null
                : query -> query.and("(o.placed_at, o.order_id) < (?, ?)", last.placedAt(), last.orderId())));
        Multi<OrderSummary> unplaced = Pages.walk(last -> exportPage(filter, "o.placed_at is null", last == null ? null
                : query -> query.and("o.order_id < ?", last.orderId())));
        return Multi.createBy().concatenating().streams(placed, unplaced);
    }

    private Uni<List<OrderSummary>> exportPage(OrderFilter filter, String part, Consumer<ListQuery> after) {
        ListQuery query = filtered(filter).and(part);
        if (after != null) {
            after.accept(query);
        }
        return Sql.rows(pool, "select " + OrderSummary.COLUMNS + OrderSummary.FROM + query.where()
                + " order by o.placed_at desc nulls last, o.order_id desc limit " + PageRequest.MAX_SIZE, query.params())
                .map(rows -> Sql.list(rows, OrderSummary::of));
    }

    static ListQuery filtered(OrderFilter filter) {
        return new ListQuery().where("o.status = ?", filter.status()).where("o.operator_id = ?", filter.operatorId())
                .where("o.user_id = ?", filter.userId())
                .where("o.customer_profile_id = ?", filter.customerProfileId()).where("o.package_code = ?", filter.packageCode())
                .where("o.priority = ?", filter.priority()).where("o.placed_at >= ?", filter.from())
                .where("o.placed_at < ?", filter.to())
                .where("(o.status = 'pending' or o.operator_id = ?)", filter.visibleToOperator())
                .and(switch (filter.archived()) {
                    case EXCLUDE -> "o.archived_at is null";
                    case ONLY -> "o.archived_at is not null";
                    case INCLUDE -> "true";
                })
                .matching(filter.text(), "o.order_id::text", "u.username", "c.first_name", "c.last_name", "c.email",
                        "o.package_code");
    }

}
