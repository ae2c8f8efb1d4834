package com.telekpr.payment.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Transaction reconciliation (docs/product.md §6.3): for a time range, the invoices by status with their amounts, and
 * every paid invoice that was not confirmed or whose tokens the wallet has not reported credited.
 * The expected count of the latter is zero.
 */
@ApplicationScoped
public class Reconciliation {

    public record StatusTotal(String status, long count, BigDecimal amountUsd, long tokens) {
    }

    public record Unsettled(UUID paymentId, UUID userId, String trackId, int tokens, boolean confirmed, boolean credited) {
    }

    public record Report(Instant from, Instant to, List<StatusTotal> byStatus, List<Unsettled> paidButNotCredited) {
    }

    public Uni<Report> between(Instant from, Instant to) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select status, count(*), coalesce(sum(amount_usd), 0), coalesce(sum(tokens), 0)"
                        + " from payments where created_at >= :from and created_at < :to group by status order by status",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .chain(totals -> session.createNativeQuery("select id, user_id, track_id, tokens, confirmed_at is not null,"
                                + " credited_at is not null from payments where created_at >= :from and created_at < :to"
                                + " and status in ('paid', 'manual_accept')"
                                + " and (confirmed_at is null or credited_at is null) order by created_at", Object[].class)
                        .setParameter("from", from).setParameter("to", to).getResultList()
                        .map(unsettled -> new Report(from, to,
                                totals.stream().map(row -> new StatusTotal((String) row[0], ((Number) row[1]).longValue(),
                                        new BigDecimal(row[2].toString()), ((Number) row[3]).longValue())).toList(),
                                unsettled.stream().map(row -> new Unsettled((UUID) row[0], (UUID) row[1], (String) row[2],
                                        ((Number) row[3]).intValue(), (Boolean) row[4], (Boolean) row[5])).toList())))));
    }
}
