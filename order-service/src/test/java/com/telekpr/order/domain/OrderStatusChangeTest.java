package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.order.domain.Order.HistoryStep;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person's direct status change: processing, completed or cancelled, where the machine allows it; nothing else. */
class OrderStatusChangeTest {
    private static final Set<OrderStatus> SET_BY_HAND = Set.of(OrderStatus.PROCESSING, OrderStatus.COMPLETED,
            OrderStatus.CANCELLED);

    private final UUID user = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void everyAllowedDirectChangeMovesTheOrderAndSaysSo() {
        int changed = 0;
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatusMachine.allowedFrom(from)) {
                if (!SET_BY_HAND.contains(to)) {
                    continue;
                }
                Order order = OrderFixtures.in(from, user);
                var events = order.changeStatus(to, admin, "why", "told");
                assertEquals(new OrderStatusChanged(order.data().id, from.storedName(), to.storedName(), admin, "why", "told"),
                        events.get(0), from + " → " + to);
                assertEquals(to, order.data().status);
                assertEquals(List.of(new HistoryStep(from, to, admin, "why")), order.newHistory());
                changed++;
            }
        }
        assertEquals(6, changed); // pending→processing, assigned→completed, and four cancellations
    }

    @Test
    void everyOtherChangeIsRefusedNamingItsTargetAndWhatIsAllowed() {
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                if (SET_BY_HAND.contains(to) && OrderStatusMachine.allowedFrom(from).contains(to)) {
                    continue;
                }
                Order order = OrderFixtures.in(from, user);
                var refusal = assertThrows(IllegalTransitionException.class, () -> order.changeStatus(to, admin, null, null),
                        from + " → " + to);
                assertEquals(from, refusal.from());
                assertEquals(to, refusal.to());
                assertEquals(OrderStatusMachine.allowedFrom(from), refusal.allowed());
                assertEquals(from, order.data().status);
                assertTrue(order.newHistory().isEmpty());
            }
        }
    }

    @Test
    void theRefusalSaysWhyAndWhatIsAllowed() {
        assertEquals("an order that is pending cannot become completed; allowed: cancelled, processing",
                refusal(OrderStatus.PENDING, OrderStatus.COMPLETED));
        assertEquals("an order that is pending cannot become assigned; allowed: cancelled, processing",
                refusal(OrderStatus.PENDING, OrderStatus.ASSIGNED));
        assertEquals("an order that is processing cannot be assigned without an operator; allowed: assigned, cancelled",
                refusal(OrderStatus.PROCESSING, OrderStatus.ASSIGNED));
        assertEquals("an order that is awaiting_tokens cannot become pending by hand (the token debit decides it);"
                + " allowed: cancelled, pending, rejected", refusal(OrderStatus.AWAITING_TOKENS, OrderStatus.PENDING));
        assertEquals("an order that is completed cannot become cancelled; allowed: none (it is final)",
                refusal(OrderStatus.COMPLETED, OrderStatus.CANCELLED));
    }

    @Test
    void completingRecordsWhen() {
        Order order = OrderFixtures.in(OrderStatus.ASSIGNED, user);
        order.changeStatus(OrderStatus.COMPLETED, admin, null, null);
        assertNotNull(order.data().completedAt);
    }

    private String refusal(OrderStatus from, OrderStatus to) {
        Order order = OrderFixtures.in(from, user);
        return assertThrows(IllegalTransitionException.class, () -> order.changeStatus(to, admin, null, null)).getMessage();
    }
}
