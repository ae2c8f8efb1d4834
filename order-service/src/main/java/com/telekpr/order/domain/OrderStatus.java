package com.telekpr.order.domain;

import java.util.Locale;

/** product.md §5.2 plus the saga's two states around the token debit: awaiting_tokens and rejected. */
public enum OrderStatus {
    AWAITING_TOKENS, PENDING, PROCESSING, ASSIGNED, COMPLETED, CANCELLED, REJECTED;

    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus fromStoredName(String stored) {
        try {
            return valueOf(stored.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown order status '" + stored + "'");
        }
    }
}
