package com.telekpr.admin.domain.staff;

import java.time.Instant;

/** A web account as the staff list shows it: the account, when it was made, and since when it is disabled (or null). */
public record StaffMember(StaffAccount account, Instant createdAt, Instant disabledAt) {
}
