package com.telekpr.notification.domain;

/** A broadcast that breaks a rule (product.md §8.6: at most 3,900 characters); {@code field} names the part at fault. */
public class InvalidBroadcastException extends RuntimeException {
    private final String field;

    public InvalidBroadcastException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
