package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The payments table. */
@ApplicationScoped
public class PaymentQueries {
    public static final Map<String, String> SORTS = Map.of("createdAt", "p.created_at", "amountUsd", "p.amount_usd",
            "tokens", "p.tokens", "status", "p.status", "confirmedAt", "p.confirmed_at");

    private final Pool pool;

    PaymentQueries(Pool pool) {
        this.pool = pool;
    }

    public record PaymentView(UUID paymentId, UUID userId, String username, String status, String trackId,
                              Integer tokens, BigDecimal amountUsd, Instant createdAt, Instant linkExpiresAt,
                              Instant confirmedAt, Instant closedAt, String failureReason) {
        static PaymentView of(Row row) {
            return new PaymentView(row.getUUID("payment_id"), row.getUUID("user_id"), row.getString("username"),
                    row.getString("status"), row.getString("track_id"), row.getInteger("tokens"),
                    row.getBigDecimal("amount_usd"), Sql.instant(row, "created_at"),
                    Sql.instant(row, "link_expires_at"), Sql.instant(row, "confirmed_at"),
                    Sql.instant(row, "closed_at"), row.getString("failure_reason"));
        }
    }

    /** What a payments list is narrowed to; created from (inclusive) to (exclusive). */
    public record PaymentFilter(String status, UUID userId, Instant from, Instant to, String text) {
    }

    public Uni<Page<PaymentView>> payments(PaymentFilter filter, PageRequest page) {
        ListQuery query = new ListQuery().where("p.status = ?", filter.status()).where("p.user_id = ?", filter.userId())
                .where("p.created_at >= ?", filter.from()).where("p.created_at < ?", filter.to())
                .matching(filter.text(), "p.payment_id::text", "p.track_id", "u.username");
        String from = " from payments p left join users u on u.user_id = p.user_id";
        Uni<List<PaymentView>> items = Sql.rows(pool, "select p.*, u.username" + from + query.where()
                + query.orderAndPage(SORTS.get(page.sort()), page, "p.payment_id"), query.pageParams(page))
                .map(rows -> Sql.list(rows, PaymentView::of));
        return Paging.withTotal(pool, items, "select count(*) as total" + from + query.where(), query.params(), page);
    }
}
