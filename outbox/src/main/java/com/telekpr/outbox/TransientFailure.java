package com.telekpr.outbox;

/**
 * Marks a service's own exception as transient: trying the same message again, unchanged, is expected to
 * succeed once whatever it met has passed (a concurrent write that won a race, say).
 */
public interface TransientFailure {
}
