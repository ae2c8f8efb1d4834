package com.telekpr.order.application;

import com.telekpr.order.store.HistoryEntity;
import com.telekpr.order.store.OrderEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the API answers it; built here so the api package never sees the entities it comes from. */
public record OrderView(UUID id, UUID userId, UUID customerProfileId, UUID operatorId, String packageCode,
                        String productName, int sitesCount, boolean emailConfirmation, int tokenCost, String status,
                        Integer queuePosition, boolean priority, boolean rerun, boolean subscriberDiscountApplied,
                        String notes, Instant assignedAt, Instant completedAt, Instant createdAt,
                        List<Step> history, Instant archivedAt) {

    public record Step(String from, String to, UUID actorId, String note, Instant at) {
        static Step of(HistoryEntity row) {
            return new Step(row.fromStatus, row.toStatus, row.actorId, row.note, row.createdAt);
        }
    }

    /** A listed or just-changed order: its queue position and history are only worked out for a single read. */
    static OrderView of(OrderEntity row) {
        return of(row, null, null);
    }

    static OrderView of(OrderEntity row, Integer queuePosition, List<HistoryEntity> history) {
        return new OrderView(row.id, row.userId, row.customerProfileId, row.operatorId, row.packageCode,
                row.productName, row.sitesCount, row.emailConfirmation, row.tokenCost, row.status, queuePosition,
                row.priority, row.rerun, row.subscriberDiscountApplied, row.notes, row.assignedAt, row.completedAt,
                row.createdAt, history == null ? null : history.stream().map(Step::of).toList(), row.archivedAt);
    }
}
