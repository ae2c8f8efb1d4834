package com.telekpr.order.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderCommand.RerunOrder;
import com.telekpr.order.domain.OrderStatus;
import com.telekpr.order.store.OrderEntity;
import com.telekpr.order.store.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * RerunOrder (PRD §3.2.2): a completed order of the user's, placed again as a new order at today's
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

    public Uni<Void> rerun(Envelope cause, RerunOrder command) {
        UUID user = cause.requiredUserId();
        return Panache.withTransaction(() -> orders.findById(command.orderId()).chain(original -> {
            if (original == null || !original.userId.equals(user)) {
                return placing.refuse(cause, asNew(command, null), UNKNOWN_ORDER);
            }
            var again = asNew(command, original);
            if (!OrderStatus.COMPLETED.storedName().equals(original.status)) {
                return placing.refuse(cause, again, NOT_COMPLETED);
            }
            return placing.placeRerun(cause, again, original.id);
        }));
    }

    private static PlaceOrder asNew(RerunOrder command, OrderEntity original) {
        return original == null ? new PlaceOrder(command.newOrderId(), null, null, false)
                : new PlaceOrder(command.newOrderId(), original.customerProfileId, original.packageCode,
                original.emailConfirmation);
    }
}
