package com.telekpr.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition by polling it, never by sleeping a fixed time: fast on a fast machine,
 * patient on a loaded one.
 */
public final class Await {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 50;

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT_TIMEOUT, condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }

    /** Something that may throw while it is looked for, e.g. an HTTP call. */
    @FunctionalInterface
    public interface Lookup<T> {
        T find() throws Exception;
    }

    /** Polls {@code lookup} until it finds something (not null, not false) and returns that. */
    public static <T> T value(String what, Lookup<T> lookup) {
        var found = new java.util.concurrent.atomic.AtomicReference<T>();
        until(what, () -> {
            try {
                T value = lookup.find();
                found.set(value);
                return value != null && !Boolean.FALSE.equals(value);
            } catch (Exception notYet) {
                throw new IllegalStateException("while waiting until " + what, notYet);
            }
        });
        return found.get();
    }
}
