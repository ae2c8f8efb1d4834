package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.order.domain.Order.HistoryStep;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Placing an order and its way from the queue to completion. */
class OrderTest {
    private final UUID user = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void placingAnOrderAwaitsTokensAndSaysSo() {
        var data = new OrderData();
        data.id = UUID.randomUUID();
        data.userId = user;
        data.packageCode = "SITES_250";
        data.productName = "250 sites";
        data.tokenCost = 150;
        var placed = Order.place(data);
        assertEquals(OrderStatus.AWAITING_TOKENS, placed.order().data().status);
        assertEquals(150, placed.event().tokenCost());
        assertEquals("250 sites", placed.event().packageName());
        assertEquals(List.of(new HistoryStep(null, OrderStatus.AWAITING_TOKENS, user, "order placed")),
                placed.order().newHistory());
    }

    @Test
    void fulfilmentGoesThroughProcessingAndAssignmentToCompletion() {
        Order order = OrderFixtures.placed(user);
        order.queue(1, 1, 0);
        UUID operator = UUID.randomUUID();
        order.changeStatus(OrderStatus.PROCESSING, admin, null, null);
        var assigned = order.assign(operator, admin, "to Emily");
        order.complete(operator, "done", null);

        assertEquals(new OrderAssigned(order.data().id, operator), assigned.get(1));
        assertEquals(operator, order.data().operatorId);
        assertNotNull(order.data().assignedAt);
        assertNotNull(order.data().completedAt);
        assertEquals(OrderStatus.COMPLETED, order.data().status);
        assertEquals(5, order.newHistory().size());
    }
}
