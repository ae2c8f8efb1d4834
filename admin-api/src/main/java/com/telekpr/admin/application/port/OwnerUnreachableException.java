package com.telekpr.admin.application.port;

/**
 * An owning service gave no answer: whether it acted is unknown. Sending the request again with the same
 * Idempotency-Key is safe; the owner answers as the first time if it did act.
 */
public class OwnerUnreachableException extends RuntimeException {
    private final String idempotencyKey;

    public OwnerUnreachableException(String owner, String idempotencyKey, Throwable cause) {
        super(owner + " did not answer, so whether the action happened is unknown; send it again with"
                + " Idempotency-Key " + idempotencyKey + " and it is done at most once", cause);
        this.idempotencyKey = idempotencyKey;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
