package com.telekpr.admin.domain;

import java.util.Map;
import java.util.Set;

/**
 * How an order's events fold into its row whatever order they arrive in. The status machine (product.md
 * §5.3) only moves forward, so the status an order is in is the highest-ranked one any of its events
 * names: the three terminal ones rank highest, and an order reaches at most one of them.
 */
public final class OrderProgress {
    public static final String AWAITING_TOKENS = "awaiting_tokens";
    public static final String PENDING = "pending";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    public static final String REJECTED = "rejected";

    private static final Map<String, Integer> RANKS = Map.of(AWAITING_TOKENS, 0, PENDING, 1, "processing", 2,
            "assigned", 3, COMPLETED, 4, CANCELLED, 4, REJECTED, 4);
    /** Statuses only an order that reached the queue (was debited and queued) can be in or leave. */
    private static final Set<String> QUEUED_STATES = Set.of(PENDING, "processing", "assigned", COMPLETED);

    private OrderProgress() {
    }

    public static Set<String> statuses() {
        return RANKS.keySet();
    }

    public static int rank(String status) {
        Integer rank = RANKS.get(status);
        if (rank == null) {
            throw new IllegalArgumentException("unknown order status '" + status + "'");
        }
        return rank;
    }

    /** Whether a move from {@code from} to {@code to} proves the order reached the queue. */
    public static boolean provesQueued(String from, String to) {
        return from != null && QUEUED_STATES.contains(from) || QUEUED_STATES.contains(to);
    }

    /** The orders column that keeps when the order entered {@code status}, null for none. */
    public static String timeColumn(String status) {
        return switch (status) {
            case PENDING -> "queued_at";
            case "processing" -> "processing_at";
            case "assigned" -> "assigned_at";
            case COMPLETED -> "completed_at";
            case CANCELLED -> "cancelled_at";
            case REJECTED -> "rejected_at";
            default -> null;
        };
    }
}
