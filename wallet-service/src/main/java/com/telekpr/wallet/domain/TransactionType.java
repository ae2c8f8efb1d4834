package com.telekpr.wallet.domain;

/** Why tokens moved; stored by its lower-case name in {@code token_transactions.transaction_type}. */
public enum TransactionType {
    PURCHASE, ORDER_DEBIT, REFUND, ADMIN_ADJUSTMENT, SUBSCRIPTION;

    public String storedName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TransactionType fromStoredName(String stored) {
        return valueOf(stored.toUpperCase(java.util.Locale.ROOT));
    }
}
