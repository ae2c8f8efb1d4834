package com.telekpr.admin.application.dashboard;

import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** /api/admin/analytics/performance: how well orders and payments go, all time. Durations in seconds. */
public record Performance(
        @Schema(description = "As in /stats: completed ÷ orders that reached the queue") double completionRate,
        @Schema(description = "Mean time from queued (pending) to completed, over completed orders; null if none")
        Double avgProcessingSeconds,
        @Schema(description = "Median of that time") Double p50ProcessingSeconds,
        @Schema(description = "90th percentile of that time") Double p90ProcessingSeconds,
        @Schema(description = "Mean time an order waited in the queue: pending to processing") Double avgQueueWaitSeconds,
        @Schema(description = "Completed orders per operator, most first, with the median time from processing to"
                + " completed") List<OperatorWork> operators,
        @Schema(description = "Paid ÷ payments that ended (paid, expired or failed); 0 when none") double paymentSuccessRate,
        @Schema(description = "Cancelled ÷ orders that reached the queue (cancelled after the debit, so refunded)")
        double cancellationRate) {

    public record OperatorWork(String operatorId, String username, long completed, Double medianHandlingSeconds) {
        static OperatorWork of(Row row) {
            return new OperatorWork(row.getUUID("operator_id").toString(), row.getString("username"),
                    row.getLong("completed"), row.getDouble("median"));
        }
    }
}
