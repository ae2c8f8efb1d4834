package com.telekpr.admin.domain.staff;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** What a new web account, or a new password, must be; each refusal names its field. */
public final class StaffAccountRules {
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

    private StaffAccountRules() {
    }

    /** A refused field and why. */
    public static class Invalid extends RuntimeException {
        private final String field;

        public Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static String username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new Invalid("username", "'username' must be 3 to 64 of letters, digits, '.', '_' and '-', starting"
                    + " with a letter or digit");
        }
        return username;
    }

    public static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new Invalid("password", "'password' must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        return password;
    }

    /**
     * The role to store: an unlinked account needs one; a linked account takes its Telegram user's role, which
     * bot-gateway owns, so giving one too is refused rather than ignored.
     */
    public static Optional<StaffRole> role(String role, Optional<UUID> telegramUserId) {
        if (telegramUserId.isPresent()) {
            if (role != null) {
                throw new Invalid("role", "a linked account has its Telegram user's role (change it with promote); give"
                        + " no role");
            }
            return Optional.empty();
        }
        if (role == null) {
            throw new Invalid("role", "'role' is required (admin or operator) for an account linked to no Telegram user");
        }
        try {
            return Optional.of(StaffRole.of(role));
        } catch (IllegalArgumentException unknown) {
            throw new Invalid("role", "'role' must be admin or operator");
        }
    }
}
