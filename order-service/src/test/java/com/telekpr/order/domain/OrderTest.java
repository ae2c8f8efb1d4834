package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {
    private final UUID user = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    private Order placed() {
        var data = new OrderData();
        data.id = UUID.randomUUID();
        data.userId = user;
        data.customerProfileId = UUID.randomUUID();
        data.packageCode = "SITES_100";
        data.sitesCount = 100;
        data.tokenCost = 100;
        return Order.place(data).order();
    }

    @Test
    void placingAnOrderAwaitsTokensAndSaysSo() {
        var data = new OrderData();
        data.id = UUID.randomUUID();
        data.tokenCost = 150;
        var placed = Order.place(data);
        assertEquals(OrderStatus.AWAITING_TOKENS, placed.order().data().status);
        assertEquals(150, placed.event().tokenCost());
        assertEquals(1, placed.order().newHistory().size());
    }

    @Test
    void aDebitQueuesItAndARejectionEndsIt() {
        Order debited = placed();
        assertEquals(List.of(new OrderQueued(debited.data().id, 3, false, debited.data().packageCode,
                debited.data().tokenCost, 70)), debited.acceptDebit(3, 70));
        assertEquals(OrderStatus.PENDING, debited.data().status);

        Order refused = placed();
        assertEquals(List.of(new OrderRejected(refused.data().id, "INSUFFICIENT_BALANCE", 20, 100)),
                refused.rejectForBalance("INSUFFICIENT_BALANCE", 20, 100));
        assertEquals(OrderStatus.REJECTED, refused.data().status);
    }

    @Test
    void aSecondWalletAnswerChangesNothing() {
        Order order = placed();
        order.acceptDebit(1, 0);
        assertTrue(order.acceptDebit(2, 0).isEmpty());
        assertTrue(order.rejectForBalance("INSUFFICIENT_BALANCE", 0, 100).isEmpty());
        assertEquals(OrderStatus.PENDING, order.data().status);
    }

    @Test
    void fulfilmentGoesThroughProcessingAndAssignmentToCompletion() {
        Order order = placed();
        order.acceptDebit(1, 0);
        UUID operator = UUID.randomUUID();
        order.startProcessing(admin, null);
        var assigned = order.assign(operator, admin, "to Emily");
        order.complete(operator, "done");

        assertEquals(new OrderAssigned(order.data().id, operator), assigned.get(1));
        assertEquals(operator, order.data().operatorId);
        assertEquals(OrderStatus.COMPLETED, order.data().status);
        assertEquals(5, order.newHistory().size());
    }

    @Test
    void cancellingSaysWhatItWasSoTheWalletCanRefund() {
        Order order = placed();
        order.acceptDebit(1, 0);
        var events = order.cancel(user, "changed my mind");
        assertEquals(new OrderStatusChanged(order.data().id, "pending", "cancelled", user, "changed my mind"),
                events.get(0));
        assertEquals(new OrderCancelled(order.data().id, "pending", user, "changed my mind"), events.get(1));
        assertThrows(IllegalTransitionException.class, () -> order.cancel(admin, "again"));
    }

    @Test
    void onlyACompletedOrderCanBeRerun() {
        Order order = placed();
        var refusal = assertThrows(IllegalTransitionException.class, order::requireRerunnable);
        assertEquals("an order that is awaiting_tokens cannot be rerun; only an order that is completed can",
                refusal.getMessage());
    }
}
