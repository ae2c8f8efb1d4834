package com.telekpr.admin.domain.staff;

import java.util.Locale;

/** What a staff member may do on the panel: an admin everything, an operator the order queue (PRD §5.1). */
public enum StaffRole {
    ADMIN, OPERATOR;

    /** The name in a staff token's {@code groups} and in {@code @RolesAllowed}. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role called {@code name} (as stored or claimed); unknown names are refused. */
    public static StaffRole of(String name) {
        for (StaffRole role : values()) {
            if (role.claim().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no staff role " + name);
    }
}
