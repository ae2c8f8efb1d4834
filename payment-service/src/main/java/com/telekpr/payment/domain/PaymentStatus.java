package com.telekpr.payment.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Our payment's status: REQUESTING (asking OxaPay for an invoice) or FAILED (we could not), then
 * OxaPay's own statuses. Each has a rank; a payment only ever moves up, so a late or replayed
 * callback ("paying" after "paid") can never move it back.
 */
public enum PaymentStatus {
    REQUESTING(0), FAILED(1), NEW(2), WAITING(3), PAYING(4), EXPIRED(5), UNDERPAID(5), PAID(6), MANUAL_ACCEPT(6),
    REFUNDING(7), REFUNDED(8);

    private final int rank;

    PaymentStatus(int rank) {
        this.rank = rank;
    }

    public boolean isAbove(PaymentStatus other) {
        return rank > other.rank;
    }

    public boolean isConfirmed() {
        return this == PAID || this == MANUAL_ACCEPT;
    }

    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentStatus fromStoredName(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }

    /** OxaPay's status in any case ("Paid", "paid", "manual_accept"); empty for one we do not know. */
    public static Optional<PaymentStatus> fromOxaPay(String status) {
        if (status == null) {
            return Optional.empty();
        }
        try {
            PaymentStatus parsed = valueOf(status.strip().toUpperCase(Locale.ROOT));
            return parsed == REQUESTING || parsed == FAILED ? Optional.empty() : Optional.of(parsed);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
