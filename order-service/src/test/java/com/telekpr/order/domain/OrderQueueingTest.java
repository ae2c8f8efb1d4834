package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.order.domain.Order.HistoryStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The wallet's answer: a debit queues the order, a refusal rejects it, and a repeated answer changes nothing. */
class OrderQueueingTest {
    private final UUID user = UUID.randomUUID();

    @Test
    void aDebitQueuesItUnderItsKeyAtItsPosition() {
        Order order = OrderFixtures.placed(user);
        assertEquals(List.of(new OrderQueued(order.data().id, 3, false, "SITES_100", "100 sites", 100, 70)),
                order.queue(5000, 3, 70));
        assertEquals(OrderStatus.PENDING, order.data().status);
        assertEquals(5000.0, order.data().queueKey);
        assertEquals(new HistoryStep(OrderStatus.AWAITING_TOKENS, OrderStatus.PENDING, null, "tokens debited"),
                order.newHistory().get(1));
    }

    @Test
    void aRefusedDebitRejectsItSayingWhatIsMissing() {
        Order order = OrderFixtures.placed(user);
        assertEquals(List.of(new OrderRejected(order.data().id, "INSUFFICIENT_BALANCE", 20, 100)),
                order.rejectForBalance("INSUFFICIENT_BALANCE", 20, 100));
        assertEquals(OrderStatus.REJECTED, order.data().status);
        assertEquals(new HistoryStep(OrderStatus.AWAITING_TOKENS, OrderStatus.REJECTED, null,
                "not enough tokens: balance 20, required 100"), order.newHistory().get(1));
    }

    @Test
    void aSecondWalletAnswerChangesNothing() {
        Order order = OrderFixtures.placed(user);
        order.queue(5000, 1, 0);
        assertTrue(order.queue(6000, 2, 0).isEmpty());
        assertTrue(order.rejectForBalance("INSUFFICIENT_BALANCE", 0, 100).isEmpty());
        assertEquals(OrderStatus.PENDING, order.data().status);
        assertEquals(5000.0, order.data().queueKey);
        assertEquals(2, order.newHistory().size());
    }

    @Test
    void anOrderNoLongerAwaitingTokensIgnoresEveryWalletAnswer() {
        for (OrderStatus status : OrderStatus.values()) {
            if (status == OrderStatus.AWAITING_TOKENS) {
                continue;
            }
            Order order = OrderFixtures.in(status, user);
            assertTrue(order.queue(5000, 1, 0).isEmpty(), status.name());
            assertTrue(order.rejectForBalance("INSUFFICIENT_BALANCE", 0, 100).isEmpty(), status.name());
            assertEquals(status, order.data().status);
            assertNull(order.data().queueKey);
            assertTrue(order.newHistory().isEmpty(), status.name());
        }
    }

    @Test
    void aSubscribersOrderQueuesAheadOfEveryRegularOneAndEachKindFirstComeFirstServed() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        Order regular = OrderFixtures.placed(user);
        Order subscriber = OrderFixtures.placed(UUID.randomUUID());
        subscriber.data().priority = true;

        assertTrue(subscriber.queueKeyAt(now.plus(Duration.ofDays(3650))) < regular.queueKeyAt(now));
        assertTrue(regular.queueKeyAt(now) < regular.queueKeyAt(now.plusMillis(1)));
        assertTrue(subscriber.queueKeyAt(now) < subscriber.queueKeyAt(now.plusMillis(1)));
    }
}
