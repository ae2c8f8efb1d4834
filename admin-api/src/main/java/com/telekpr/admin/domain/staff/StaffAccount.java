package com.telekpr.admin.domain.staff;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A web account of the panel: who signs in, with which role, and the Telegram user it is linked to (whose orders an
 * operator account sees as its own). A linked account has its Telegram user's role, which bot-gateway owns: none
 * when that user is neither admin nor operator (or is suspended). Without a role, or disabled, it cannot sign in.
 */
public record StaffAccount(UUID accountId, String username, Optional<StaffRole> role, Optional<UUID> telegramUserId,
                           boolean disabled, boolean secondFactor) {
    public StaffAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(telegramUserId, "telegramUserId");
    }

    public boolean mayEnter() {
        return !disabled && role.isPresent();
    }

    /** Why it may not sign in now, for the audit log; null when it may. */
    public String refusal() {
        return disabled ? "account disabled" : role.isEmpty() ? "the linked Telegram user is not staff" : null;
    }

    /**
     * Whether it must enrol a second factor before it may do anything: admins, where the deployment requires it.
     * Until then its tokens carry only {@link #ENROLLING}.
     */
    public boolean mustEnrolSecondFactor(boolean required) {
        return required && !secondFactor && role.equals(Optional.of(StaffRole.ADMIN));
    }

    /** The only group of a token that may do nothing but enrol a second factor. */
    public static final String ENROLLING = "enrolling";

    /** The role's claim, or null for an account without one. */
    public String roleClaim() {
        return role.map(StaffRole::claim).orElse(null);
    }
}
