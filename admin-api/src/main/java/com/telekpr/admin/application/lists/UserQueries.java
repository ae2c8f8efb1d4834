package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The users table and one user's page: profile, ledger, orders and activity timeline. */
@ApplicationScoped
public class UserQueries {
    public static final Map<String, String> SORTS = Map.of("firstSeen", "registered_at", "lastActive", "last_active",
            "username", "lower(username)", "balance", "balance", "ordersCount", "orders_count",
            "tokensSpent", "tokens_spent", "usdPaid", "usd_paid", "subscriptionExpiresAt", "subscription_expires_at");
    private static final int RECENT = 20;

    private final Pool pool;
    private final OrderQueries orders;

    UserQueries(Pool pool, OrderQueries orders) {
        this.pool = pool;
        this.orders = orders;
    }

    public record LedgerLine(Instant at, String type, int amount, Integer balanceAfter, UUID orderId, UUID paymentId,
                             String reason) {
        static LedgerLine of(Row row) {
            return new LedgerLine(Sql.instant(row, "at"), row.getString("type"), row.getInteger("amount"),
                    row.getInteger("balance_after"), row.getUUID("order_id"), row.getUUID("payment_id"),
                    row.getString("reason"));
        }
    }

    public record TimelineLine(Instant at, String type, String summary) {
        static TimelineLine of(Row row) {
            return new TimelineLine(Sql.instant(row, "at"), row.getString("type"), row.getString("summary"));
        }
    }

    public record UserDetail(UserSummary user, Page<LedgerLine> ledger, Page<OrderSummary> orders,
                             List<TimelineLine> timeline) {
    }

    public Uni<Page<UserSummary>> list(UserFilter filter, PageRequest page) {
        ListQuery query = new ListQuery().and("registered_at is not null")
                .where("is_admin = ?", "admin".equals(filter.role()) ? Boolean.TRUE : null)
                .where("is_operator = ?", "operator".equals(filter.role()) ? Boolean.TRUE : null)
                .where("suspended = ?", filter.suspended()).where("blocked_bot = ?", filter.blockedBot())
                .where("coalesce(subscription_expires_at > now(), false) = ?", filter.subscriber())
                .matching(filter.text(), "username", "full_name", "telegram_id::text", "user_id::text");
        Uni<List<UserSummary>> items = Sql.rows(pool, "select " + UserSummary.COLUMNS + " from users" + query.where()
                        + query.orderAndPage(SORTS.get(page.sort()), page, "user_id"), query.pageParams(page))
                .map(rows -> Sql.list(rows, UserSummary::of));
        return Paging.withTotal(pool, items, "select count(*) as total from users" + query.where(), query.params(), page);
    }

    /** The user, the given page of their ledger (newest first), their latest orders and latest activity. */
    /** One user's row alone; NotFoundException when the projection has none. */
    public Uni<UserSummary> summary(UUID userId) {
        return Sql.rows(pool, "select " + UserSummary.COLUMNS + " from users where user_id = $1", userId)
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new NotFoundException("user", userId);
                    }
                    return UserSummary.of(rows.iterator().next());
                });
    }

    /** How many of the user's orders are not finished yet (awaiting tokens, pending, processing, assigned). */
    public Uni<Long> openOrders(UUID userId) {
        return Sql.rows(pool, "select count(*) as open from orders where user_id = $1 and status not in ('completed',"
                + " 'cancelled', 'rejected')", userId).map(rows -> rows.iterator().next().getLong("open"));
    }

    public Uni<UserDetail> one(UUID userId, PageRequest ledgerPage) {
        Uni<UserSummary> user = summary(userId);
        Uni<List<LedgerLine>> lines = Sql.rows(pool, "select at, type, amount, balance_after, order_id, payment_id, reason"
                        + " from ledger_lines where user_id = $1 order by at desc, event_id limit $2 offset $3",
                userId, ledgerPage.size(), (long) ledgerPage.page() * ledgerPage.size())
                .map(rows -> Sql.list(rows, LedgerLine::of));
        Uni<Page<LedgerLine>> ledger = Paging.withTotal(pool, lines,
                "select count(*) as total from ledger_lines where user_id = $1", new Object[] {userId}, ledgerPage);
        Uni<Page<OrderSummary>> latestOrders = orders.list(OrderFilter.ofUser(userId),
                new PageRequest(0, RECENT, "placedAt", true));
        Uni<List<TimelineLine>> timeline = Sql.rows(pool, "select at, type, summary from user_timeline where user_id = $1"
                + " order by at desc, event_id limit 50", userId).map(rows -> Sql.list(rows, TimelineLine::of));
        return Uni.combine().all().unis(user, ledger, latestOrders, timeline).asTuple()
                .map(all -> new UserDetail(all.getItem1(), all.getItem2(), all.getItem3(), all.getItem4()));
    }
}
