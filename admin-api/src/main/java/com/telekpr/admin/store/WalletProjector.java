package com.telekpr.admin.store;

import com.telekpr.admin.store.QuarterTotals.Figure;
import com.telekpr.events.AccountEvent;
import com.telekpr.events.AccountEvent.AccountOpened;
import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.Envelope;
import com.telekpr.events.SubscriptionEvent;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;

/**
 * wallet.events into ledger_lines, subscriptions and the users' balance, tokens spent and premium expiry.
 * The balance is the one after the newest money move told.
 */
public final class WalletProjector {
    private WalletProjector() {
    }

    public static Uni<Void> apply(SqlConnection connection, Envelope envelope, AccountEvent event) {
        UUID user = envelope.requiredUserId();
        if (event instanceof AccountOpened opened) {
            return balance(connection, envelope, opened.balance());
        }
        if (event instanceof TokensCredited credited) {
            return line(connection, envelope, new Line("purchase", credited.amount(), credited.balanceAfter(), null,
                    credited.paymentId(), null));
        }
        if (event instanceof TokensDebited debited) {
            return line(connection, envelope, new Line("order_debit", -debited.amount(), debited.balanceAfter(),
                    debited.orderId(), null, null))
                    .chain(() -> Users.add(connection, user, "tokens_spent", (long) debited.amount()));
        }
        if (event instanceof TokensRefunded refunded) {
            return line(connection, envelope, new Line("refund", refunded.amount(), refunded.balanceAfter(),
                    refunded.orderId(), null, null))
                    .chain(() -> Users.add(connection, user, "tokens_spent", (long) -refunded.amount()));
        }
        if (event instanceof BalanceAdjusted adjusted) {
            return line(connection, envelope, new Line("admin_adjustment", adjusted.amount(), adjusted.balanceAfter(),
                    null, null, adjusted.reason()));
        }
        return Uni.createFrom().voidItem();
    }

    public static Uni<Void> apply(SqlConnection connection, Envelope envelope, SubscriptionEvent event) {
        UUID user = envelope.requiredUserId();
        if (event instanceof SubscriptionActivated activated) {
            return Sql.run(connection, "insert into subscriptions (subscription_id, user_id, type, activated_at, expires_at,"
                            + " price_tokens) values ($1, $2, $3, $4, $5, $6) on conflict (subscription_id) do update set"
                            + " type = excluded.type, activated_at = excluded.activated_at, expires_at = excluded.expires_at,"
                            + " price_tokens = excluded.price_tokens", activated.subscriptionId(), user, activated.type(),
                            envelope.time(), activated.expiresAt(), activated.priceTokens())
                    .chain(() -> Sql.run(connection, "insert into users (user_id, subscription_type, subscription_expires_at)"
                            + " values ($1, $2, $3) on conflict (user_id) do update set subscription_type = case when"
                            + " users.subscription_expires_at is null or users.subscription_expires_at <= excluded.subscription_expires_at"
                            + " then excluded.subscription_type else users.subscription_type end, subscription_expires_at ="
                            + " greatest(users.subscription_expires_at, excluded.subscription_expires_at)",
                            user, activated.type(), activated.expiresAt()))
                    // a version 1 message carries no balance after the charge: the line then has none, nor moves it
                    .chain(() -> line(connection, envelope, new Line("subscription", -activated.priceTokens(),
                            activated.balanceAfter(), null, null, null)))
                    .chain(() -> QuarterTotals.add(connection, envelope.time(), Figure.NEW_SUBSCRIBERS, 1));
        }
        if (event instanceof SubscriptionExpired expired) {
            return Sql.run(connection, "insert into subscriptions (subscription_id, user_id, expired_at) values ($1, $2, $3)"
                    + " on conflict (subscription_id) do update set expired_at = excluded.expired_at",
                    expired.subscriptionId(), user, expired.expiredAt());
        }
        return Uni.createFrom().voidItem();
    }

    /** A ledger line; {@code balanceAfter} is null only for a version 1 SubscriptionActivated, which lacks it. */
    private record Line(String type, int amount, Integer balanceAfter, UUID orderId, UUID paymentId, String reason) {
    }

    private static Uni<Void> line(SqlConnection connection, Envelope envelope, Line line) {
        return Sql.run(connection, "insert into ledger_lines (event_id, user_id, at, type, amount, balance_after, order_id,"
                                + " payment_id, reason) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict do nothing",
                        envelope.id(), envelope.userId(), envelope.time(), line.type(), line.amount(), line.balanceAfter(),
                        line.orderId(), line.paymentId(), line.reason())
                .chain(() -> line.balanceAfter() == null ? Uni.createFrom().voidItem()
                        : balance(connection, envelope, line.balanceAfter()));
    }

    private static Uni<Void> balance(SqlConnection connection, Envelope envelope, int balance) {
        return Sql.run(connection, "insert into users (user_id, balance, balance_at) values ($1, $2, $3)"
                + " on conflict (user_id) do update set balance = excluded.balance, balance_at = excluded.balance_at"
                + " where users.balance_at is null or users.balance_at <= excluded.balance_at",
                envelope.requiredUserId(), balance, envelope.time());
    }
}
