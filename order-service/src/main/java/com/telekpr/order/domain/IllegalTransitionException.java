package com.telekpr.order.domain;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A move the order's status does not allow; the API answers 409 with what is allowed. It always names
 * the status the move was for and the statuses the order may become instead, so a refusal says what to do.
 */
public class IllegalTransitionException extends RuntimeException {
    private final OrderStatus from;
    private final OrderStatus to;
    private final Set<OrderStatus> allowed;

    /** A status change the status machine does not allow. */
    public IllegalTransitionException(OrderStatus from, OrderStatus to, Set<OrderStatus> allowed) {
        this("become " + to.storedName(), from, to, allowed);
    }

    /**
     * A move refused for more than the machine's arrows, e.g. a queue move of an order that is not
     * pending or an assignment without an operator; {@code move} completes "an order that is … cannot …".
     */
    public IllegalTransitionException(String move, OrderStatus from, OrderStatus to, Set<OrderStatus> allowed) {
        super("an order that is " + from.storedName() + " cannot " + move + "; allowed: " + names(allowed));
        this.from = from;
        this.to = to;
        this.allowed = Set.copyOf(allowed);
    }

    private static String names(Set<OrderStatus> statuses) {
        return statuses.isEmpty() ? "none (it is final)"
                : statuses.stream().map(OrderStatus::storedName).sorted().collect(Collectors.joining(", "));
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    /** The statuses the order may become next, by any route. */
    public Set<OrderStatus> allowed() {
        return allowed;
    }
}
