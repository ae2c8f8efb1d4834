package com.telekpr.rest;

/** A request that breaks a rule of the API; {@code field} names the offending part. */
public class InvalidRequestException extends RuntimeException {
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
