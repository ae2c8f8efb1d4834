package com.telekpr.gateway.domain.facts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as order-service shows it, with its history when read alone. */
public record OrderCard(UUID id, UUID customerProfileId, String packageCode, String productName, int sitesCount,
                        boolean emailConfirmation, int tokenCost, String status, Integer queuePosition,
                        boolean priority, String notes, Instant createdAt, List<Step> history) {

    public record Step(String from, String to, String note, Instant at) {
    }

    /** The short number users see: the first eight hex digits, as in every notice. */
    public String reference() {
        return "#" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
