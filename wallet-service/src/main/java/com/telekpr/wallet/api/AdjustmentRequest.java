package com.telekpr.wallet.api;

import com.telekpr.rest.InvalidRequestException;
import java.util.UUID;

/** An admin's correction: {@code amount} signed and non-zero, {@code reason} required, {@code adminId} optional. */
public record AdjustmentRequest(Integer amount, String reason, UUID adminId) {
    static final int MAX_REASON_LENGTH = 500;

    void validate() {
        if (amount == null) {
            throw new InvalidRequestException("amount", "amount is required: a whole number of tokens, + or -");
        }
        if (amount == 0) {
            throw new InvalidRequestException("amount", "amount must not be zero");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "reason is required: say why the balance changes");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidRequestException("reason", "reason is at most " + MAX_REASON_LENGTH + " characters");
        }
    }
}
