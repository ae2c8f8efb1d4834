package com.telekpr.rest;

import java.util.UUID;

/** Path and query values read by hand, so that a malformed one gets a 400 naming it rather than a bare 404. */
public final class RequestParams {
    public static final int MAX_PAGE_SIZE = 100;
    /** Far beyond any real list, and small enough that page × size never overflows an int offset. */
    public static final int MAX_PAGE = 100_000;

    private RequestParams() {
    }

    public static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(name, name + " must be a UUID, was '" + value + "'");
        }
    }

    /** A 0-based page number, 0 to {@link #MAX_PAGE}. */
    public static int page(String value) {
        return intBetween("page", value, 0, MAX_PAGE);
    }

    public static int intBetween(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidRequestException(name, name + " must be a whole number from " + min + " to " + max
                + ", was '" + value + "'");
    }
}
