package com.telekpr.admin.api;

import com.telekpr.admin.application.signin.StaffTokens;
import com.telekpr.admin.domain.staff.StaffRole;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is looking, as far as what they may see depends on it: an admin sees every order, an operator a part. */
final class StaffViewer {
    /** An operator account linked to no Telegram user has no orders of its own; this id is nobody's. */
    static final UUID NO_LINKED_USER = new UUID(0, 0);

    private StaffViewer() {
    }

    /** The operator whose view limits the orders shown; null for an admin (nothing is hidden). */
    static UUID operatorScope(JsonWebToken token) {
        if (token.getGroups().contains(StaffRole.ADMIN.claim())) {
            return null;
        }
        String linked = token.getClaim(StaffTokens.TELEGRAM_USER);
        return linked == null ? NO_LINKED_USER : UUID.fromString(linked);
    }
}
