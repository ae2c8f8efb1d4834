package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Take next (product.md §9.3) and which orders an operator may touch. */
class OrderTakingTest {
    private final UUID user = UUID.randomUUID();
    private final UUID operator = UUID.randomUUID();

    @Test
    void takingAWaitingOrderMakesItTheOperatorsAndInHand() {
        Order order = OrderFixtures.in(OrderStatus.PENDING, user);
        var events = order.takeBy(operator);
        UUID id = order.data().id;
        assertEquals(List.of(new OrderStatusChanged(id, "pending", "processing", operator, "taken from the queue", null),
                new OrderStatusChanged(id, "processing", "assigned", operator, null, null),
                new OrderAssigned(id, operator)), events);
        assertEquals(OrderStatus.ASSIGNED, order.data().status);
        assertEquals(operator, order.data().operatorId);
    }

    @Test
    void onlyAWaitingOrderCanBeTaken() {
        for (OrderStatus status : List.of(OrderStatus.AWAITING_TOKENS, OrderStatus.PROCESSING, OrderStatus.COMPLETED)) {
            Order order = OrderFixtures.in(status, user);
            assertThrows(IllegalTransitionException.class, () -> order.takeBy(operator), status.name());
        }
    }

    @Test
    void anOperatorMayTouchWaitingOrdersAndTheirOwnOnly() {
        assertTrue(OrderFixtures.in(OrderStatus.PENDING, user).isOpenTo(operator));
        Order theirs = OrderFixtures.in(OrderStatus.PENDING, user);
        theirs.takeBy(operator);
        assertTrue(theirs.isOpenTo(operator));
        assertFalse(theirs.isOpenTo(UUID.randomUUID()));
        assertFalse(OrderFixtures.in(OrderStatus.PROCESSING, user).isOpenTo(operator));
    }

    @Test
    void aStatusChangeTellsTheCustomerOnlyTheCustomerMessage() {
        Order order = OrderFixtures.in(OrderStatus.ASSIGNED, user);
        var changed = (OrderStatusChanged) order.changeStatus(OrderStatus.COMPLETED, operator, "re-ran twice", "All done")
                .get(0);
        assertEquals("re-ran twice", changed.note());
        assertEquals("All done", changed.customerMessage());
    }
}
