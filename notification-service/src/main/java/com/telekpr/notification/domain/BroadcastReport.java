package com.telekpr.notification.domain;

/** Delivery counts of one broadcast; the success rate is sent over those that were tried (sent + failed + blocked). */
public record BroadcastReport(int sent, int failed, int blocked, int cancelled, int pending) {

    public int recipients() {
        return sent + failed + blocked + cancelled + pending;
    }

    /** Percentage with one decimal; 0 when nothing has been tried yet. */
    public double successRate() {
        int tried = sent + failed + blocked;
        return tried == 0 ? 0 : Math.round(sent * 1000.0 / tried) / 10.0;
    }
}
