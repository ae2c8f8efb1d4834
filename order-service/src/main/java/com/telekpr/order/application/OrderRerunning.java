package com.telekpr.order.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.OrderCommand.RerunOrder;
import com.telekpr.order.domain.Order;
import com.telekpr.order.store.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * RerunOrder (product.md §5.2): a completed order of the user's, placed again as a new order at today's
 * price; anything else is answered with OrderRejected for the new order id, saying why.
 */
@ApplicationScoped
public class OrderRerunning {
    static final String UNKNOWN_ORDER = "UNKNOWN_ORDER";
    static final String NOT_COMPLETED = "NOT_COMPLETED";

    private final OrderRepository orders;
    private final OrderPlacing placing;

    OrderRerunning(OrderRepository orders, OrderPlacing placing) {
        this.orders = orders;
        this.placing = placing;
    }

    /** Another user's order is unknown to this one, as if it did not exist, so ids do not leak. */
    public Uni<Void> rerun(Envelope cause, RerunOrder command) {
        UUID user = cause.requiredUserId();
        return Panache.withTransaction(() -> orders.findById(command.orderId()).chain(original -> {
            if (original == null || !original.userId.equals(user)) {
                return placing.refuse(cause, command.newOrderId(), UNKNOWN_ORDER);
            }
            return new Order(original.toData()).rerun(command.newOrderId())
                    .map(again -> placing.placeRerun(cause, again, original.id))
                    .orElseGet(() -> placing.refuse(cause, command.newOrderId(), NOT_COMPLETED));
        }));
    }
}
