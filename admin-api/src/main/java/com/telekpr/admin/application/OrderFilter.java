package com.telekpr.admin.application;

import java.time.Instant;
import java.util.UUID;

/** What an orders list or export is narrowed to; every field optional. Placed from (inclusive) to (exclusive). */
public record OrderFilter(String status, UUID operatorId, UUID userId, UUID customerProfileId, String packageCode, Boolean priority,
                          Instant from, Instant to, String text) {
}
