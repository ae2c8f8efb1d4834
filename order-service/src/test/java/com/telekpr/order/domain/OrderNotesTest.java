package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.order.domain.Order.HistoryStep;
import com.telekpr.events.OrderEvent.OrderNoteAdded;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Notes are dated, appended one a line, and kept in the history without changing the status. */
class OrderNotesTest {
    private static final String DATED = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z ";

    private final UUID user = UUID.randomUUID();
    private final UUID operator = UUID.randomUUID();

    @Test
    void aNoteIsDatedToTheSecondAndKeptInTheHistory() {
        Order order = OrderFixtures.placed(user);
        assertEquals(List.of(new OrderNoteAdded(order.data().id, operator, "=1+1 call the customer")),
                order.addNote(operator, "=1+1 call the customer"));
        assertTrue(order.data().notes.matches(DATED + "=1\\+1 call the customer"), order.data().notes);
        assertEquals(new HistoryStep(OrderStatus.AWAITING_TOKENS, OrderStatus.AWAITING_TOKENS, operator,
                "=1+1 call the customer"), order.newHistory().get(1));
    }

    @Test
    void aLaterNoteGoesOnItsOwnLine() {
        Order order = OrderFixtures.in(OrderStatus.PROCESSING, user);
        order.addNote(operator, "first");
        order.addNote(operator, "second");
        String[] lines = order.data().notes.split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].matches(DATED + "first"), lines[0]);
        assertTrue(lines[1].matches(DATED + "second"), lines[1]);
        assertEquals(2, order.newHistory().size());
    }

    @Test
    void anOrderInAnyStatusTakesANoteAndKeepsItsStatus() {
        for (OrderStatus status : OrderStatus.values()) {
            Order order = OrderFixtures.in(status, user);
            order.addNote(operator, "checked");
            assertEquals(status, order.data().status);
            assertEquals(List.of(new HistoryStep(status, status, operator, "checked")), order.newHistory());
        }
    }
}
