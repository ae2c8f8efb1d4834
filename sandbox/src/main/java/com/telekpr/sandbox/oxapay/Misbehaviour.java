package com.telekpr.sandbox.oxapay;

import java.util.concurrent.atomic.AtomicInteger;

/** What a test asks the simulated OxaPay to get wrong, the way the real one sometimes does. */
public final class Misbehaviour {
    /** Callbacks to drop (not send at all) before sending normally again. */
    final AtomicInteger dropWebhooks = new AtomicInteger();
    /** Send every callback twice. */
    volatile boolean duplicateWebhooks;
    /** Sign callbacks with the wrong key. */
    volatile boolean badSignature;
    /** Answer invoice creation with this HTTP status (0: behave). */
    volatile int failCreateWith;
    /** Answer invoice creation only after this many milliseconds (0: at once). */
    volatile long createDelayMillis;

    public Misbehaviour dropNextWebhooks(int count) {
        dropWebhooks.set(count);
        return this;
    }

    public Misbehaviour duplicateWebhooks(boolean on) {
        duplicateWebhooks = on;
        return this;
    }

    public Misbehaviour badSignature(boolean on) {
        badSignature = on;
        return this;
    }

    public Misbehaviour failCreateWith(int httpStatus) {
        failCreateWith = httpStatus;
        return this;
    }

    public Misbehaviour delayCreate(long millis) {
        createDelayMillis = millis;
        return this;
    }

    public void reset() {
        dropWebhooks.set(0);
        duplicateWebhooks = false;
        badSignature = false;
        failCreateWith = 0;
        createDelayMillis = 0;
    }
}
