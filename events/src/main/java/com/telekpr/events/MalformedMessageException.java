package com.telekpr.events;

/**
 * A message on a topic that cannot be read as the contract says: bad JSON, a missing envelope field,
 * an unknown type or data that does not fit its record. Its message is the reason recorded with the
 * dead letter.
 */
public class MalformedMessageException extends RuntimeException {
    public MalformedMessageException(String reason) {
        super(reason);
    }

    public MalformedMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
