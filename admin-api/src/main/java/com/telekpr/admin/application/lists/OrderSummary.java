package com.telekpr.admin.application.lists;

import com.telekpr.admin.store.Sql;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.util.UUID;

/** An order as the orders table shows it: the order, its customer and user, and its steps' times. */
public record OrderSummary(UUID orderId, String status, UUID userId, String username, UUID customerProfileId,
                           String customerName, String customerEmail, String packageCode, String packageName,
                           Integer sitesCount, Boolean emailConfirmation, Integer tokenCost, Boolean priority,
                           Boolean rerun, Integer queuePosition, UUID operatorId, String operatorUsername,
                           Instant placedAt, Instant queuedAt, Instant processingAt, Instant assignedAt,
                           Instant completedAt, Instant cancelledAt, Instant rejectedAt, String reason, Instant archivedAt) {

    static final String COLUMNS = "o.order_id, o.status, o.user_id, u.username, o.customer_profile_id,"
            + " nullif(concat_ws(' ', c.first_name, c.last_name), '') as customer_name, c.email,"
            + " o.package_code, coalesce(o.package_name, cat.name, o.package_code) as package_name, o.sites_count,"
            + " o.email_confirmation, o.token_cost, o.priority, o.rerun,"
            + " case when o.status = 'pending' then o.queue_position end as queue_position, o.operator_id,"
            + " op.username as operator_username, o.placed_at, o.queued_at, o.processing_at, o.assigned_at,"
            + " o.completed_at, o.cancelled_at, o.rejected_at, o.reason, o.archived_at";
    /** What COLUMNS reads beside orders o: the people's and the package's names. */
    static final String JOINS = " left join users u on u.user_id = o.user_id"
            + " left join customers c on c.profile_id = o.customer_profile_id"
            + " left join users op on op.user_id = o.operator_id left join catalogue cat on cat.code = o.package_code";
    static final String FROM = " from orders o" + JOINS;

    static OrderSummary of(Row row) {
        return new OrderSummary(row.getUUID("order_id"), row.getString("status"), row.getUUID("user_id"),
                row.getString("username"), row.getUUID("customer_profile_id"), row.getString("customer_name"),
                row.getString("email"), row.getString("package_code"), row.getString("package_name"),
                row.getInteger("sites_count"), row.getBoolean("email_confirmation"), row.getInteger("token_cost"),
                row.getBoolean("priority"), row.getBoolean("rerun"), row.getInteger("queue_position"),
                row.getUUID("operator_id"), row.getString("operator_username"), Sql.instant(row, "placed_at"),
                Sql.instant(row, "queued_at"), Sql.instant(row, "processing_at"), Sql.instant(row, "assigned_at"),
                Sql.instant(row, "completed_at"), Sql.instant(row, "cancelled_at"), Sql.instant(row, "rejected_at"),
                row.getString("reason"), Sql.instant(row, "archived_at"));
    }
}
