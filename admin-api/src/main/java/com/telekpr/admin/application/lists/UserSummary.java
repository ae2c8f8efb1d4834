package com.telekpr.admin.application.lists;

import com.telekpr.admin.store.Sql;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A Telegram user as the users table shows them, with their money and orders summed. */
public record UserSummary(UUID userId, Long telegramId, String username, String fullName, String language,
                          boolean admin, boolean operator, boolean suspended, boolean blockedBot, Instant firstSeen,
                          LocalDate lastActive, int balance, String subscriptionType, Instant subscriptionExpiresAt,
                          boolean subscriber, int ordersCount, long tokensSpent, BigDecimal usdPaid) {

    static final String COLUMNS = "user_id, telegram_id, username, full_name, language, is_admin, is_operator,"
            + " suspended, blocked_bot, registered_at, last_active, balance, subscription_type, subscription_expires_at,"
            + " coalesce(subscription_expires_at > now(), false) as subscriber, orders_count, tokens_spent, usd_paid";

    static UserSummary of(Row row) {
        return new UserSummary(row.getUUID("user_id"), row.getLong("telegram_id"), row.getString("username"),
                row.getString("full_name"), row.getString("language"), row.getBoolean("is_admin"),
                row.getBoolean("is_operator"), row.getBoolean("suspended"), row.getBoolean("blocked_bot"),
                Sql.instant(row, "registered_at"), row.getLocalDate("last_active"), row.getInteger("balance"),
                row.getString("subscription_type"), Sql.instant(row, "subscription_expires_at"),
                row.getBoolean("subscriber"), row.getInteger("orders_count"), row.getLong("tokens_spent"),
                row.getBigDecimal("usd_paid"));
    }
}
