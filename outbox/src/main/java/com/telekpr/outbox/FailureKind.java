package com.telekpr.outbox;

/**
 * What a consumer's failure says about trying again, and the {@code reason} label of the inbox metrics.
 */
public enum FailureKind {
    /** The message cannot be read: no attempt will ever apply it. Dead-lettered at once. */
    UNREADABLE("unreadable"),
    /**
     * The infrastructure failed, not the message: the database or broker unreachable, a connection closed,
     * the pool exhausted, a serialization failure or deadlock. Retried in place for as long as it lasts.
     */
    TRANSIENT("transient"),
    /** The effect failed on its own terms: retried a bounded number of times, then dead-lettered. */
    PERMANENT("permanent");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** The value of the metrics' {@code reason} label. */
    public String label() {
        return label;
    }
}
