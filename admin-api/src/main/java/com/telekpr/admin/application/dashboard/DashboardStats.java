package com.telekpr.admin.application.dashboard;

import com.telekpr.admin.application.port.ServiceHealth;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dashboard's figures (PRD §3.4.1, §9.1); every definition is in its field's description. */
public record DashboardStats(
        @Schema(description = "Telegram users who started the bot (UserRegistered), blocked or not", example = "1280")
        long totalUsers,
        @Schema(description = "Every order ever placed, whatever its status, rejected ones included", example = "3400")
        long totalOrders,
        @Schema(description = "Customer profiles that exist now (deleted ones not counted)", example = "1900")
        long totalCustomers,
        Revenue revenue,
        @Schema(description = "Orders per status: awaiting_tokens, pending, processing, assigned, completed, cancelled,"
                + " rejected; every status is present, with 0 if none", example = "{\"pending\": 12, \"completed\": 3100}")
        Map<String, Long> ordersByStatus,
        @Schema(description = "completed ÷ orders that reached the queue (debited and queued: rejected orders and those"
                + " still awaiting tokens, or cancelled before the debit, are not orders a customer got); 0 to 1, 0 when"
                + " none", example = "0.9712")
        double completionRate,
        OrderValue averageOrderValue,
        @Schema(description = "Users whose premium subscription has not expired now", example = "310")
        long activeSubscribers,
        @Schema(description = "activeSubscribers ÷ totalUsers, 0 to 1", example = "0.2422")
        double subscriptionRate,
        @Schema(description = "Distinct users the bot heard from on any of the last 30 UTC days, today included"
                + " (UserActive)", example = "640")
        long monthlyActiveUsers,
        @Schema(description = "How fresh these figures are: the delay from the latest projected event's time to its"
                + " projection, in seconds (telekpr_admin_projection_lag_seconds); null before the first event")
        Double projectionLagSeconds,
        ServiceHealth.Suite systemHealth) {

    public record Revenue(
            @Schema(description = "USD of every confirmed token purchase (PaymentConfirmed), ever", example = "48210.50")
            BigDecimal totalUsd,
            @Schema(description = "USD of the purchases confirmed since the first day of this month in the tz parameter's"
                    + " zone", example = "5120.00")
            BigDecimal thisMonthUsd,
            @Schema(description = "Tokens paid for the orders that are completed now", example = "310000")
            long completedOrdersTokens) {
    }

    public record OrderValue(
            @Schema(description = "revenue.totalUsd ÷ orders that reached the queue (PRD §9.1: total revenue ÷ total"
                    + " orders, over the same orders as completionRate)", example = "14.21")
            BigDecimal usd,
            @Schema(description = "Mean token cost of the orders that reached the queue", example = "142.5")
            BigDecimal tokens) {
    }
}
