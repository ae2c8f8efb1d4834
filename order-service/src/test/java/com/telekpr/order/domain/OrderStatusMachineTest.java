package com.telekpr.order.domain;

import static com.telekpr.order.domain.OrderStatus.ASSIGNED;
import static com.telekpr.order.domain.OrderStatus.AWAITING_TOKENS;
import static com.telekpr.order.domain.OrderStatus.CANCELLED;
import static com.telekpr.order.domain.OrderStatus.COMPLETED;
import static com.telekpr.order.domain.OrderStatus.PENDING;
import static com.telekpr.order.domain.OrderStatus.PROCESSING;
import static com.telekpr.order.domain.OrderStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusMachineTest {

    @Test
    void theHappyPathOfPrdSection82IsAllowed() {
        assertDoesNotThrow(() -> OrderStatusMachine.check(AWAITING_TOKENS, PENDING));
        assertDoesNotThrow(() -> OrderStatusMachine.check(PENDING, PROCESSING));
        assertDoesNotThrow(() -> OrderStatusMachine.check(PROCESSING, ASSIGNED));
        assertDoesNotThrow(() -> OrderStatusMachine.check(ASSIGNED, COMPLETED));
        assertDoesNotThrow(() -> OrderStatusMachine.check(AWAITING_TOKENS, REJECTED));
    }

    @Test
    void everyNonTerminalStatusCanBeCancelledAndNoTerminalOneCanChange() {
        Set<OrderStatus> terminal = Set.of(COMPLETED, CANCELLED, REJECTED); // product.md §5.3: nothing leaves these
        for (OrderStatus status : OrderStatus.values()) {
            if (terminal.contains(status)) {
                assertEquals(Set.of(), OrderStatusMachine.allowedFrom(status), status.name());
            } else {
                assertDoesNotThrow(() -> OrderStatusMachine.check(status, CANCELLED), status.name());
            }
        }
    }

    @Test
    void anOrderIsUnfinishedWhileItCanStillChange() {
        assertEquals(Set.of(AWAITING_TOKENS, PENDING, PROCESSING, ASSIGNED), OrderStatusMachine.unfinished());
    }

    @Test
    void everyOtherTransitionIsRefusedListingTheAllowedOnes() {
        int refused = 0;
        for (OrderStatus from : OrderStatus.values()) {
            EnumSet<OrderStatus> refusedTargets = EnumSet.allOf(OrderStatus.class);
            refusedTargets.removeAll(OrderStatusMachine.allowedFrom(from));
            for (OrderStatus to : refusedTargets) {
                var refusal = assertThrows(IllegalTransitionException.class, () -> OrderStatusMachine.check(from, to));
                assertEquals(OrderStatusMachine.allowedFrom(from), refusal.allowed());
                assertEquals(to, refusal.to());
                refused++;
            }
        }
        assertEquals(49 - 9, refused);
    }

    @Test
    void theRefusalSaysWhatIsAllowed() {
        var refusal = assertThrows(IllegalTransitionException.class, () -> OrderStatusMachine.check(PENDING, COMPLETED));
        assertEquals("an order that is pending cannot become completed; allowed: cancelled, processing",
                refusal.getMessage());
        var finalOne = assertThrows(IllegalTransitionException.class, () -> OrderStatusMachine.check(COMPLETED, PENDING));
        assertEquals("an order that is completed cannot become pending; allowed: none (it is final)",
                finalOne.getMessage());
    }
}
