package com.telekpr.admin.application.lists;

import java.time.Instant;
import java.util.UUID;

/**
 * What an orders list or export is narrowed to; every field optional. Placed from (inclusive) to (exclusive).
 * {@code visibleToOperator}, when set, keeps what that operator may see: orders waiting, and orders assigned to them.
 * {@code archived}: whether archived orders are left out (the lists' default), shown with the rest, or alone.
 */
public record OrderFilter(String status, UUID operatorId, UUID userId, UUID customerProfileId, String packageCode, Boolean priority,
                          Instant from, Instant to, String text, UUID visibleToOperator, Archived archived) {

    public enum Archived { EXCLUDE, INCLUDE, ONLY }

    /** Every order (no narrowing, archived ones too) of one user or one customer profile. */
    public static OrderFilter ofUser(UUID userId) {
        return new OrderFilter(null, null, userId, null, null, null, null, null, null, null, Archived.INCLUDE);
    }

    public static OrderFilter ofCustomerProfile(UUID profileId) {
        return new OrderFilter(null, null, null, profileId, null, null, null, null, null, null, Archived.INCLUDE);
    }

    /** Whether it narrows by status alone (or not at all): then order_totals knows the count without counting. */
    boolean byStatusAlone() {
        return operatorId == null && userId == null && customerProfileId == null && packageCode == null && priority == null
                && from == null && to == null && (text == null || text.isBlank()) && visibleToOperator == null;
    }
}
