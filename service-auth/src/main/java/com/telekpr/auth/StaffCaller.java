package com.telekpr.auth;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a staff token that admin-api passed on says of the person behind a call. A service token names no person:
 * the calling service vouches for the actor it names in the request instead.
 */
public final class StaffCaller {
    /** The staff token's claim naming the account's Telegram user (bot-gateway's user id). */
    public static final String TELEGRAM_USER_CLAIM = "telegram_user_id";
    /** An operator account linked to no Telegram user has no orders of its own; this id is nobody's. */
    public static final UUID NOBODY = new UUID(0, 0);

    private StaffCaller() {
    }

    public static boolean isStaff(SecurityIdentity identity) {
        return identity.hasRole(Callers.STAFF_ADMIN) || identity.hasRole(Callers.STAFF_OPERATOR);
    }

    /**
     * The operator whose orders alone this call may touch: the operator's own Telegram user for an operator's token
     * ({@link #NOBODY} when unlinked), null for an admin or a service.
     */
    public static UUID onlyOperator(SecurityIdentity identity) {
        if (!identity.hasRole(Callers.STAFF_OPERATOR) || identity.hasRole(Callers.STAFF_ADMIN)) {
            return null;
        }
        UUID linked = telegramUser(identity);
        return linked == null ? NOBODY : linked;
    }

    /** Who acts: a staff token's Telegram user (null when unlinked), else the one the calling service vouches for. */
    public static UUID actor(SecurityIdentity identity, UUID vouchedFor) {
        return isStaff(identity) ? telegramUser(identity) : vouchedFor;
    }

    private static UUID telegramUser(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(TELEGRAM_USER_CLAIM) != null) {
            return UUID.fromString(token.<Object>getClaim(TELEGRAM_USER_CLAIM).toString());
        }
        return null;
    }
}
