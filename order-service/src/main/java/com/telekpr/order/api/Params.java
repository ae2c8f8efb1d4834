package com.telekpr.order.api;

import com.telekpr.order.domain.OrderStatus;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Optional query values of this service's API. */
final class Params {
    private Params() {
    }

    static UUID optionalUuid(String name, String value) {
        return value == null || value.isBlank() ? null : RequestParams.uuid(name, value);
    }

    static Instant optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be an ISO-8601 instant like 2026-11-24T00:00:00Z");
        }
    }

    /** A status by its stored name, e.g. pending; an unknown one is the caller's mistake, answered 400. */
    static OrderStatus optionalStatus(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.fromStoredName(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, e.getMessage());
        }
    }
}
