package com.telekpr.admin.application.lists;

import java.time.Instant;
import java.util.UUID;

/** What an orders list or export is narrowed to; every field optional. Placed from (inclusive) to (exclusive). */
public record OrderFilter(String status, UUID operatorId, UUID userId, UUID customerProfileId, String packageCode, Boolean priority,
                          Instant from, Instant to, String text) {

    /** Whether it narrows by status alone (or not at all): then order_totals knows the count without counting. */
    boolean byStatusAlone() {
        return operatorId == null && userId == null && customerProfileId == null && packageCode == null && priority == null
                && from == null && to == null && (text == null || text.isBlank());
    }
}
