package com.telekpr.admin.application.dashboard;

import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** /api/admin/analytics/trends: the four charts of PRD §3.4.1, period by period, empty periods with zeros. */
public record Trends(String granularity, String tz, LocalDate from, LocalDate to, List<Period> periods,
                     @Schema(description = "Orders queued (debited) in the whole range per package, most ordered first")
                     List<PackagePopularity> packages) {

    public record Period(
            @Schema(description = "The period's first local day (a Monday for weeks, the 1st for months)", example = "2026-11-02")
            LocalDate start,
            Instant startsAt,
            Instant endsAt,
            @Schema(description = "USD of the token purchases confirmed in the period") BigDecimal revenueUsd,
            @Schema(description = "Orders placed (OrderPlaced) in the period") long ordersPlaced,
            @Schema(description = "Orders that became completed in the period") long ordersCompleted,
            @Schema(description = "Orders cancelled in the period") long ordersCancelled,
            @Schema(description = "Users who started the bot in the period") long newUsers,
            @Schema(description = "Distinct users the bot heard from in the period (their first update of a UTC day"
                    + " falling in it)") long activeUsers,
            @Schema(description = "Premium subscriptions bought or extended in the period") long newSubscribers,
            @Schema(description = "Users registered by the end of the period") long totalUsers) {
    }

    public record PackagePopularity(String code, String name, long orders, long tokens) {
        static PackagePopularity of(Row row) {
            return new PackagePopularity(row.getString("package_code"), row.getString("name"), row.getLong("orders"),
                    row.getLong("tokens"));
        }
    }
}
