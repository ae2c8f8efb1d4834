package com.telekpr.order.api;

import com.telekpr.order.domain.OrderStatus;
import com.telekpr.rest.InvalidRequestException;
import java.util.UUID;

/** {@code status}: processing, completed or cancelled; {@code operatorId} only with assign. */
public record StatusChangeRequest(String status, UUID actorId, UUID operatorId, String note) {
    static final int MAX_NOTE = 1000;

    OrderStatus target() {
        if (status == null || status.isBlank()) {
            throw new InvalidRequestException("status", "status is required");
        }
        return Params.optionalStatus("status", status);
    }

    String checkedNote() {
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidRequestException("note", "note is at most " + MAX_NOTE + " characters");
        }
        return note == null || note.isBlank() ? null : note.strip();
    }
}
