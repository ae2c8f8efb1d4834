package com.telekpr.wallet.domain;

import java.util.UUID;

/**
 * One line of the token ledger (product.md §13 Token_Transactions): a signed amount and the balance it
 * left. {@code orderId} ties order debits and refunds to their order.
 */
public record LedgerEntry(TransactionType type, int amount, int balanceAfter, String paymentMethod,
                          String paymentId, String paymentStatus, String description, UUID orderId) {

    static LedgerEntry of(TransactionType type, int amount, int balanceAfter, String description) {
        return new LedgerEntry(type, amount, balanceAfter, null, null, null, description, null);
    }

    LedgerEntry forOrder(UUID order) {
        return new LedgerEntry(type, amount, balanceAfter, paymentMethod, paymentId, paymentStatus, description, order);
    }
}
