package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.order.domain.Order.HistoryStep;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin moves a pending order within the queue; an order that is not waiting cannot be moved. */
class OrderQueueMoveTest {
    private final UUID user = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void aPendingOrderTakesItsNewKeyAndTheUserIsToldItsPosition() {
        Order order = OrderFixtures.in(OrderStatus.PENDING, user);
        assertEquals(List.of(new OrderMovedInQueue(order.data().id, 1)), order.moveInQueue(12.5, 1, admin));
        assertEquals(12.5, order.data().queueKey);
        assertEquals(OrderStatus.PENDING, order.data().status);
        assertEquals(List.of(new HistoryStep(OrderStatus.PENDING, OrderStatus.PENDING, admin,
                "moved to queue position 1")), order.newHistory());
    }

    @Test
    void anOrderThatIsNotPendingIsRefusedWithWhatItMayBecome() {
        for (OrderStatus status : OrderStatus.values()) {
            if (status == OrderStatus.PENDING) {
                continue;
            }
            Order order = OrderFixtures.in(status, user);
            var refusal = assertThrows(IllegalTransitionException.class, () -> order.moveInQueue(12.5, 1, admin),
                    status.name());
            assertEquals(status, refusal.from());
            assertEquals(OrderStatus.PENDING, refusal.to());
            assertEquals(OrderStatusMachine.allowedFrom(status), refusal.allowed());
            assertNull(order.data().queueKey);
            assertTrue(order.newHistory().isEmpty());
        }
    }

    @Test
    void theRefusalSaysWhatIsAllowed() {
        Order order = OrderFixtures.in(OrderStatus.PROCESSING, user);
        assertEquals("an order that is processing cannot be moved in the queue; allowed: assigned, cancelled",
                assertThrows(IllegalTransitionException.class, () -> order.moveInQueue(12.5, 1, admin)).getMessage());
    }
}
