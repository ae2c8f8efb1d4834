package com.telekpr.admin.store;

import com.telekpr.admin.store.QuarterTotals.Figure;
import com.telekpr.events.Envelope;
import com.telekpr.events.PaymentEvent;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;

/**
 * payment.events into payments. A payment only moves forward (product.md §6.3): waiting for its link's
 * payer, then paid, expired or failed; news of a lower rank never undoes a higher one, and paid outranks
 * the other two, since only it moved money.
 */
public final class PaymentProjector {
    private PaymentProjector() {
    }

    public static Uni<Void> apply(SqlConnection connection, Envelope envelope, PaymentEvent event) {
        UUID payment = event.paymentId();
        Uni<Void> row = Sql.run(connection, "insert into payments (payment_id, user_id, status, status_rank, created_at)"
                + " values ($1, $2, 'requested', 0, $3) on conflict (payment_id) do update set"
                + " user_id = coalesce(payments.user_id, excluded.user_id),"
                + " created_at = least(payments.created_at, excluded.created_at)", payment, envelope.userId(), envelope.time());
        return row.chain(() -> project(connection, envelope, event));
    }

    private static Uni<Void> project(SqlConnection connection, Envelope envelope, PaymentEvent event) {
        UUID payment = event.paymentId();
        if (event instanceof PaymentLinkCreated link) {
            return reach(connection, payment, "waiting", 1, null)
                    .chain(() -> Sql.run(connection, "update payments set track_id = $2, payment_url = $3,"
                            + " link_expires_at = $4, tokens = coalesce(tokens, $5), amount_usd = coalesce(amount_usd, $6)"
                            + " where payment_id = $1", payment, link.trackId(), link.paymentUrl(), link.expiresAt(),
                            link.tokens(), link.amountUsd()));
        }
        if (event instanceof PaymentConfirmed confirmed) {
            // money counts once per payment, even if its confirmation were told twice under two message ids
            return reach(connection, payment, "paid", 3, envelope)
                    .chain(() -> Sql.count(connection, "update payments set track_id = coalesce(track_id, $2), tokens = $3,"
                            + " amount_usd = $4, confirmed_at = $5 where payment_id = $1 and confirmed_at is null", payment,
                            confirmed.trackId(), confirmed.tokens(), confirmed.amountUsd(), envelope.time()))
                    .chain(first -> first == 0 ? Uni.createFrom().voidItem()
                            : Users.add(connection, envelope.requiredUserId(), "usd_paid", confirmed.amountUsd())
                            .chain(() -> QuarterTotals.add(connection, envelope.time(), Figure.REVENUE_USD, confirmed.amountUsd())));
        }
        if (event instanceof PaymentExpired) {
            return reach(connection, payment, "expired", 2, envelope);
        }
        if (event instanceof PaymentFailed failed) {
            return reach(connection, payment, "failed", 2, envelope)
                    .chain(() -> Sql.run(connection, "update payments set failure_reason = $2 where payment_id = $1",
                            payment, failed.reason()));
        }
        return Uni.createFrom().voidItem();
    }

    /** The payment is at least {@code status}; a closing event also stamps when it closed. */
    private static Uni<Void> reach(SqlConnection connection, UUID payment, String status, int rank, Envelope closing) {
        String sql = "update payments set " + Sql.RAISE_STATUS;
        if (closing == null) {
            return Sql.run(connection, sql + " where payment_id = $1", payment, (short) rank, status);
        }
        return Sql.run(connection, sql + ", closed_at = coalesce(closed_at, $4) where payment_id = $1",
                payment, (short) rank, status, closing.time());
    }
}
