package com.telekpr.admin.application.signin;

import java.util.UUID;

/** The signed-in staff member doing something, as the audit log records them, and where they came from. */
public record Actor(UUID accountId, String username, String role, String clientAddress) {
}
