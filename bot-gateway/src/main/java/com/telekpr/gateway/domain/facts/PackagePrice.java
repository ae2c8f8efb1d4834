package com.telekpr.gateway.domain.facts;

/** What this user pays now for one catalogue entry (their subscriber price when subscribed). */
public record PackagePrice(String code, String name, int sitesCount, int price) {
    public static final String EMAIL_CONFIRMATION = "EMAIL_CONFIRMATION";

    public boolean isEmailAddon() {
        return EMAIL_CONFIRMATION.equals(code);
    }
}
