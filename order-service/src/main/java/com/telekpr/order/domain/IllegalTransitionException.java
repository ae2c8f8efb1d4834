package com.telekpr.order.domain;

import java.util.Set;
import java.util.stream.Collectors;

/** A status change the order's status machine does not allow; the API answers 409 with what is allowed. */
public class IllegalTransitionException extends RuntimeException {
    private final OrderStatus from;
    private final OrderStatus to;
    private final Set<OrderStatus> allowed;

    public IllegalTransitionException(OrderStatus from, OrderStatus to, Set<OrderStatus> allowed) {
        super("an order that is " + from.storedName() + " cannot become " + to.storedName() + "; allowed: "
                + (allowed.isEmpty() ? "none (it is final)"
                : allowed.stream().map(OrderStatus::storedName).sorted().collect(Collectors.joining(", "))));
        this.from = from;
        this.to = to;
        this.allowed = allowed;
    }

    /** An operation other than a plain status change that the order's status does not allow, e.g. a rerun. */
    public IllegalTransitionException(String operation, OrderStatus from, Set<OrderStatus> allowedFrom) {
        super("an order that is " + from.storedName() + " cannot be " + operation + "; only an order that is "
                + allowedFrom.stream().map(OrderStatus::storedName).sorted().collect(Collectors.joining(" or "))
                + " can");
        this.from = from;
        this.to = from;
        this.allowed = Set.of();
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public Set<OrderStatus> allowed() {
        return allowed;
    }
}
