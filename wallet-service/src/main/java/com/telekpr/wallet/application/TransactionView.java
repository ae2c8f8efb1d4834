package com.telekpr.wallet.application;

import com.telekpr.wallet.store.TransactionEntity;
import java.time.Instant;
import java.util.UUID;

/** One ledger line as the API answers it; built here so the api package never sees the entity. */
public record TransactionView(UUID id, String type, int amount, int balanceAfter, String paymentMethod,
                              String paymentId, String paymentStatus, String description, UUID orderId,
                              Instant createdAt) {

    static TransactionView of(TransactionEntity row) {
        return new TransactionView(row.id, row.type, row.amount, row.balanceAfter, row.paymentMethod, row.paymentId,
                row.paymentStatus, row.description, row.orderId, row.createdAt);
    }
}
