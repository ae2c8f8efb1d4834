package com.telekpr.admin.store;

import com.telekpr.admin.domain.OrderProgress;
import com.telekpr.admin.store.QuarterTotals.Figure;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderEvent;
import com.telekpr.events.OrderEvent.OrderArchived;
import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.events.OrderEvent.OrderNoteAdded;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;

/** order.events' orders into orders and order_history (see {@link OrderProgress} for the folding rules). */
public final class OrderProjector {
    private OrderProjector() {
    }

    public static Uni<Void> apply(SqlConnection connection, Envelope envelope, OrderEvent event) {
        UUID order = event.orderId();
        return OrderRows.ensure(connection, order, envelope.userId()).chain(() -> project(connection, envelope, event));
    }

    private static Uni<Void> project(SqlConnection connection, Envelope envelope, OrderEvent event) {
        if (event instanceof OrderPlaced placed) {
            return placed(connection, envelope, placed);
        }
        if (event instanceof OrderQueued queued) {
            return reach(connection, envelope, queued.orderId(), OrderProgress.PENDING, true)
                    .chain(() -> OrderRows.update(connection, queued.orderId(), "priority = $2,"
                            + " package_code = coalesce(package_code, $3), package_name = coalesce(package_name, $4),"
                            + " token_cost = coalesce(token_cost, $5)", queued.priority(), queued.packageCode(), queued.packageName(), queued.tokenCost()))
                    .chain(() -> position(connection, envelope, queued.orderId(), queued.queuePosition()))
                    .chain(() -> history(connection, envelope, queued.orderId(), OrderProgress.AWAITING_TOKENS,
                            OrderProgress.PENDING, null, "tokens debited, queue position " + queued.queuePosition()))
                    .chain(() -> QuarterTotals.addPackageOrder(connection, envelope.time(), queued.packageCode(),
                            queued.tokenCost()));
        }
        if (event instanceof OrderMovedInQueue moved) {
            return position(connection, envelope, moved.orderId(), moved.queuePosition())
                    .chain(() -> history(connection, envelope, moved.orderId(), OrderProgress.PENDING, OrderProgress.PENDING,
                            null, "moved to queue position " + moved.queuePosition()));
        }
        if (event instanceof OrderRejected rejected) {
            return reach(connection, envelope, rejected.orderId(), OrderProgress.REJECTED, false)
                    .chain(() -> OrderRows.update(connection, rejected.orderId(), "reason = $2", rejected.reason()))
                    .chain(() -> history(connection, envelope, rejected.orderId(), OrderProgress.AWAITING_TOKENS,
                            OrderProgress.REJECTED, null, rejected.reason()));
        }
        if (event instanceof OrderStatusChanged changed) {
            return reach(connection, envelope, changed.orderId(), changed.to(),
                    OrderProgress.provesQueued(changed.from(), changed.to()))
                    .chain(() -> history(connection, envelope, changed.orderId(), changed.from(), changed.to(),
                            changed.actorId(), changed.note()))
                    .chain(() -> Sql.run(connection, "update order_history set customer_message = $2 where event_id = $1",
                            envelope.id(), changed.customerMessage()))
                    .chain(() -> OrderProgress.COMPLETED.equals(changed.to())
                            ? QuarterTotals.add(connection, envelope.time(), Figure.ORDERS_COMPLETED, 1)
                            : Uni.createFrom().voidItem());
        }
        if (event instanceof OrderArchived archived) {
            // finished by now (an unfinished one was cancelled just before), so its status never moves again
            return Sql.rows(connection, "update orders set archived_at = $2 where order_id = $1 and archived_at is null"
                    + " returning status", archived.orderId(), envelope.time()).chain(rows -> rows.size() == 0
                    ? Uni.createFrom().voidItem()
                    : Sql.run(connection, "insert into archived_order_totals (status, orders) values ($1, 1)"
                    + " on conflict (status) do update set orders = archived_order_totals.orders + 1",
                    rows.iterator().next().getString("status")));
        }
        if (event instanceof OrderNoteAdded noted) {
            // a note leaves the status where it is: the step goes from the order's status to itself
            return Sql.run(connection, "insert into order_history (event_id, order_id, at, from_status, to_status,"
                    + " actor_id, note) select $1, $2, $3, status, status, $4, $5 from orders where order_id = $2"
                    + " on conflict do nothing", envelope.id(), noted.orderId(), envelope.time(), noted.authorId(), noted.note());
        }
        if (event instanceof OrderAssigned assigned) {
            return OrderRows.update(connection, assigned.orderId(), "operator_id = $2", assigned.operatorId());
        }
        if (event instanceof OrderCancelled cancelled) {
            return reach(connection, envelope, cancelled.orderId(), OrderProgress.CANCELLED,
                    !OrderProgress.AWAITING_TOKENS.equals(cancelled.previousStatus()))
                    .chain(() -> OrderRows.update(connection, cancelled.orderId(), "reason = $2", cancelled.reason()))
                    .chain(() -> QuarterTotals.add(connection, envelope.time(), Figure.ORDERS_CANCELLED, 1));
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> placed(SqlConnection connection, Envelope envelope, OrderPlaced placed) {
        return OrderRows.update(connection, placed.orderId(), "customer_profile_id = $2, package_code = $3,"
                                + " package_name = coalesce($4, package_name), sites_count = $5, email_confirmation = $6,"
                                + " token_cost = $7, subscriber_discount = $8, rerun = $9, placed_at = $10",
                        placed.customerProfileId(), placed.packageCode(), placed.packageName(),
                        placed.sitesCount(), placed.emailConfirmation(), placed.tokenCost(),
                        placed.subscriberDiscountApplied(), placed.rerun(), envelope.time())
                .chain(() -> history(connection, envelope, placed.orderId(), null, OrderProgress.AWAITING_TOKENS,
                        envelope.userId(), placed.rerun() ? "order placed again (rerun)" : "order placed"))
                .chain(() -> Users.add(connection, envelope.requiredUserId(), "orders_count", 1))
                .chain(() -> QuarterTotals.add(connection, envelope.time(), Figure.ORDERS_PLACED, 1));
    }

    /** The order is (at least) {@code status} since the event: a higher rank replaces a lower one, never the reverse. */
    private static Uni<Void> reach(SqlConnection connection, Envelope envelope, UUID order, String status,
                                   boolean provesQueued) {
        String timeColumn = OrderProgress.timeColumn(status);
        String set = Sql.RAISE_STATUS + ", reached_queue = reached_queue or $4";
        short rank = (short) OrderProgress.rank(status);
        if (timeColumn == null) {
            return OrderRows.update(connection, order, set, rank, status, provesQueued);
        }
        return OrderRows.update(connection, order, set + ", " + timeColumn + " = coalesce(" + timeColumn + ", $5)",
                rank, status, provesQueued, envelope.time());
    }

    private static Uni<Void> position(SqlConnection connection, Envelope envelope, UUID order, int position) {
        return OrderRows.update(connection, order, "queue_position = case when queue_position_at is null"
                + " or queue_position_at <= $3 then $2 else queue_position end,"
                + " queue_position_at = greatest(queue_position_at, $3)", position, envelope.time());
    }

    private static Uni<Void> history(SqlConnection connection, Envelope envelope, UUID order, String from, String to,
                                     UUID actor, String note) {
        return Sql.run(connection, "insert into order_history (event_id, order_id, at, from_status, to_status, actor_id, note)"
                + " values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing",
                envelope.id(), order, envelope.time(), from, to, actor, note);
    }
}
