package com.telekpr.rest;

/** An Idempotency-Key sent again with a different request: answering the first request's outcome would lie. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was used for a different request; send a new key with a new request");
    }
}
