package com.telekpr.order.api;

import com.telekpr.order.domain.OrderStatus;
import com.telekpr.rest.InvalidRequestException;
import java.util.UUID;

/**
 * {@code status}: processing, completed or cancelled; {@code operatorId} only with assign. {@code note} stays with
 * staff; {@code customerMessage} is what the customer is told. {@code actorId} is whom a calling service acts for;
 * a staff token names its own person instead.
 */
public record StatusChangeRequest(String status, UUID actorId, UUID operatorId, String note, String customerMessage) {
    static final int MAX_TEXT = 1000;

    OrderStatus target() {
        if (status == null || status.isBlank()) {
            throw new InvalidRequestException("status", "status is required");
        }
        return Params.optionalStatus("status", status);
    }

    String checkedNote() {
        return checked("note", note);
    }

    String checkedCustomerMessage() {
        return checked("customerMessage", customerMessage);
    }

    private static String checked(String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidRequestException(field, field + " is at most " + MAX_TEXT + " characters");
        }
        return text == null || text.isBlank() ? null : text.strip();
    }
}
