package com.telekpr.auth;

/**
 * The roles endpoints allow: a service token's caller (its name is its role) or a staff token's role. A compromised
 * service holds only its own key, so it can call as itself and never as staff.
 */
public final class Callers {
    public static final String BOT_GATEWAY = "bot-gateway";
    public static final String ADMIN_API = "admin-api";
    public static final String NOTIFICATION_SERVICE = "notification-service";
    /** Staff roles, from a staff token's groups. */
    public static final String STAFF_ADMIN = "admin";
    public static final String STAFF_OPERATOR = "operator";

    private Callers() {
    }
}
