package com.telekpr.order.domain;

import static com.telekpr.order.domain.OrderStatus.ASSIGNED;
import static com.telekpr.order.domain.OrderStatus.AWAITING_TOKENS;
import static com.telekpr.order.domain.OrderStatus.CANCELLED;
import static com.telekpr.order.domain.OrderStatus.COMPLETED;
import static com.telekpr.order.domain.OrderStatus.PENDING;
import static com.telekpr.order.domain.OrderStatus.PROCESSING;
import static com.telekpr.order.domain.OrderStatus.REJECTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * product.md §5.3: pending → processing → assigned → completed, any non-terminal status → cancelled; and the
 * saga's awaiting_tokens → pending (debited) or rejected (not enough tokens). Nothing else.
 */
public final class OrderStatusMachine {
    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            AWAITING_TOKENS, EnumSet.of(PENDING, REJECTED, CANCELLED),
            PENDING, EnumSet.of(PROCESSING, CANCELLED),
            PROCESSING, EnumSet.of(ASSIGNED, CANCELLED),
            ASSIGNED, EnumSet.of(COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class),
            REJECTED, EnumSet.noneOf(OrderStatus.class));

    private OrderStatusMachine() {
    }

    public static Set<OrderStatus> allowedFrom(OrderStatus status) {
        return Set.copyOf(NEXT.get(status));
    }

    /** The statuses an order can still leave: while in one of them it is not finished. */
    public static Set<OrderStatus> unfinished() {
        return NEXT.entrySet().stream().filter(next -> !next.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Returns normally if {@code from → to} is allowed; throws the one named exception otherwise. */
    public static void check(OrderStatus from, OrderStatus to) {
        if (!NEXT.get(from).contains(to)) {
            throw new IllegalTransitionException(from, to, allowedFrom(from));
        }
    }
}
