package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff cancel any unfinished order; its owner only their own pending one. Either way the wallet hears what it was. */
class OrderCancellingTest {
    private final UUID owner = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void staffCancelEveryUnfinishedOrderSayingWhatItWasAndTellingTheCustomerOnlyTheirMessage() {
        for (OrderStatus status : OrderStatusMachine.unfinished()) {
            Order order = OrderFixtures.in(status, owner);
            assertEquals(List.of(
                    new OrderStatusChanged(order.data().id, status.storedName(), "cancelled", admin, "duplicate",
                            "customer asked"),
                    new OrderCancelled(order.data().id, status.storedName(), admin, "customer asked")),
                    order.cancel(admin, "duplicate", "customer asked"), status.name());
            assertEquals(OrderStatus.CANCELLED, order.data().status);
        }
    }

    @Test
    void aFinishedOrderCannotBeCancelledAndNothingIsAllowed() {
        for (OrderStatus status : List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.REJECTED)) {
            Order order = OrderFixtures.in(status, owner);
            var refusal = assertThrows(IllegalTransitionException.class, () -> order.cancel(admin, "again", null));
            assertEquals(OrderStatus.CANCELLED, refusal.to());
            assertEquals(Set.of(), refusal.allowed());
            assertEquals("an order that is " + status.storedName()
                    + " cannot become cancelled; allowed: none (it is final)", refusal.getMessage());
        }
    }

    @Test
    void theOwnerCancelsTheirPendingOrder() {
        Order order = OrderFixtures.in(OrderStatus.PENDING, owner);
        assertEquals(List.of(
                new OrderStatusChanged(order.data().id, "pending", "cancelled", owner, "changed my mind", "changed my mind"),
                new OrderCancelled(order.data().id, "pending", owner, "changed my mind")),
                order.cancelByOwner(owner, "changed my mind"));
        assertEquals(OrderStatus.CANCELLED, order.data().status);
    }

    @Test
    void anotherUsersCancelIsIgnored() {
        Order order = OrderFixtures.in(OrderStatus.PENDING, owner);
        assertTrue(order.cancelByOwner(UUID.randomUUID(), "mine now").isEmpty());
        assertEquals(OrderStatus.PENDING, order.data().status);
        assertTrue(order.newHistory().isEmpty());
    }

    @Test
    void theOwnersCancelOfAnOrderThatIsNotPendingIsIgnored() {
        for (OrderStatus status : OrderStatus.values()) {
            if (status == OrderStatus.PENDING) {
                continue;
            }
            Order order = OrderFixtures.in(status, owner);
            assertTrue(order.cancelByOwner(owner, "changed my mind").isEmpty(), status.name());
            assertEquals(status, order.data().status);
            assertTrue(order.newHistory().isEmpty());
        }
    }
}
