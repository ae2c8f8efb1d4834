package com.telekpr.admin.domain.staff;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A web account of the panel: who signs in, with which role, and the Telegram user it is linked to (whose orders
 * an operator account sees as its own). A disabled account cannot sign in or refresh.
 */
public record StaffAccount(UUID accountId, String username, StaffRole role, Optional<UUID> telegramUserId, boolean disabled) {
    public StaffAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(telegramUserId, "telegramUserId");
    }
}
