package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.telekpr.events.OrderEvent.OrderArchived;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DELETE of an order: an unfinished one is cancelled (and so refunded) first; every one is archived once. */
class OrderArchivingTest {
    private final UUID user = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void anUnfinishedOrderIsCancelledThenArchived() {
        for (OrderStatus status : OrderStatusMachine.unfinished()) {
            Order order = OrderFixtures.in(status, user);
            UUID id = order.data().id;
            assertEquals(List.of(new OrderStatusChanged(id, status.storedName(), "cancelled", admin, "spam", "Sorry"),
                    new OrderCancelled(id, status.storedName(), admin, "Sorry"), new OrderArchived(id, admin)),
                    order.archive(admin, "spam", "Sorry"), status.name());
            assertNotNull(order.data().archivedAt);
        }
    }

    @Test
    void aFinishedOrderIsOnlyArchivedAndOnlyOnce() {
        for (OrderStatus status : List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.REJECTED)) {
            Order order = OrderFixtures.in(status, user);
            assertEquals(List.of(new OrderArchived(order.data().id, admin)), order.archive(admin, null, null));
            assertEquals(status, order.data().status);
            assertEquals(List.of(), order.archive(admin, null, null), "archived already");
        }
    }
}
