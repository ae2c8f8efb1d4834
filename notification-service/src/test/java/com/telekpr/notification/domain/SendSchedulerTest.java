package com.telekpr.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SendSchedulerTest {
    private static final long SECOND = 1_000_000_000L;
    private static final RateLimits LIMITS = new RateLimits(30, 5, 1, 2, 20, 10);

    private long seq;

    @Test
    void oneChatGetsItsBurstThenOneMessageASecondInOrder() {
        var scheduler = new SendScheduler(LIMITS, 0);
        List<Ticket> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(offer(scheduler, 42, Lane.DIRECT, 0));
        }
        List<Long> sentAt = new ArrayList<>();
        List<Ticket> order = new ArrayList<>();
        drain(scheduler, 10 * SECOND, sentAt, order);
        assertEquals(queued, order);
        assertEquals(List.of(0L, 0L), sentAt.subList(0, 2)); // the burst of two
        for (int i = 2; i < sentAt.size(); i++) {
            assertTrue(sentAt.get(i) - sentAt.get(i - 1) >= SECOND - 1, "one a second after the burst: " + sentAt);
        }
    }

    @Test
    void manyChatsShareTheGlobalRate() {
        var scheduler = new SendScheduler(LIMITS, 0);
        for (long chat = 1; chat <= 300; chat++) {
            offer(scheduler, chat, Lane.DIRECT, 0);
        }
        List<Long> sentAt = new ArrayList<>();
        drain(scheduler, 60 * SECOND, sentAt, new ArrayList<>());
        assertEquals(300, sentAt.size());
        for (int i = 0; i + 35 < sentAt.size(); i++) {
            assertTrue(sentAt.get(i + 35) - sentAt.get(i) >= SECOND, "at most 30/s plus the burst of 5 in any second");
        }
        long took = sentAt.get(sentAt.size() - 1);
        assertTrue(took >= 9 * SECOND && took <= 10 * SECOND + 1, "300 at 30/s take ~10 s, took " + took);
    }

    @Test
    void directMessagesOvertakeABroadcast() {
        var scheduler = new SendScheduler(LIMITS, 0);
        for (long chat = 1; chat <= 50; chat++) {
            offer(scheduler, chat, Lane.BULK, 0);
        }
        Ticket urgent = offer(scheduler, 999, Lane.DIRECT, 0);
        var first = assertInstanceOf(SendScheduler.Send.class, scheduler.next(0));
        assertEquals(urgent, first.ticket());
    }

    @Test
    void broadcastsKeepTheirOwnPace() {
        var scheduler = new SendScheduler(LIMITS, 0);
        for (long chat = 1; chat <= 40; chat++) {
            offer(scheduler, chat, Lane.BULK, 0);
        }
        List<Long> sentAt = new ArrayList<>();
        drain(scheduler, 60 * SECOND, sentAt, new ArrayList<>());
        long took = sentAt.get(sentAt.size() - 1);
        assertTrue(took >= 3 * SECOND, "40 at 10/s take about 4 s, took " + took);
    }

    @Test
    void aRetriedMessageStaysAheadOfItsChat() {
        var scheduler = new SendScheduler(LIMITS, 0);
        Ticket first = offer(scheduler, 7, Lane.DIRECT, 0);
        Ticket second = offer(scheduler, 7, Lane.DIRECT, 0);
        assertEquals(first, ((SendScheduler.Send) scheduler.next(0)).ticket());
        assertInstanceOf(SendScheduler.Wait.class, scheduler.next(0), "one message of a chat in flight at a time");
        scheduler.retry(first, 3 * SECOND, 0);
        var wait = assertInstanceOf(SendScheduler.Wait.class, scheduler.next(SECOND));
        assertEquals(2 * SECOND, wait.nanos());
        assertEquals(first, ((SendScheduler.Send) scheduler.next(3 * SECOND)).ticket());
        scheduler.done(first, 3 * SECOND);
        assertEquals(second, ((SendScheduler.Send) scheduler.next(4 * SECOND)).ticket());
    }

    @Test
    void groupsGetTwentyAMinute() {
        var scheduler = new SendScheduler(LIMITS, 0);
        for (int i = 0; i < 3; i++) {
            offer(scheduler, -100, Lane.DIRECT, 0);
        }
        List<Long> sentAt = new ArrayList<>();
        drain(scheduler, 60 * SECOND, sentAt, new ArrayList<>());
        assertTrue(sentAt.get(2) - sentAt.get(1) >= 3 * SECOND - 1, "20 a minute is one per 3 s: " + sentAt);
    }

    @Test
    void callbackAnswersSkipTheQueueAndTheLimits() {
        var scheduler = new SendScheduler(LIMITS, 0);
        for (int i = 0; i < 10; i++) {
            offer(scheduler, 5, Lane.DIRECT, 0);
        }
        drain(scheduler, 0, new ArrayList<>(), new ArrayList<>());
        Ticket answer = offer(scheduler, 0, Lane.CALLBACK, 0);
        assertEquals(answer, ((SendScheduler.Send) scheduler.next(0)).ticket());
    }

    @Test
    void aBlockedChatIsForgottenAndKnownTicketsAreNotTakenTwice() {
        var scheduler = new SendScheduler(LIMITS, 0);
        Ticket ticket = offer(scheduler, 9, Lane.DIRECT, 0);
        assertFalse(scheduler.offer(ticket, 0, 0));
        offer(scheduler, 9, Lane.DIRECT, 0);
        assertEquals(2, scheduler.dropChat(9).size());
        assertEquals(0, scheduler.size());
        assertInstanceOf(SendScheduler.Wait.class, scheduler.next(0));
    }

    private Ticket offer(SendScheduler scheduler, long chat, Lane lane, long now) {
        var ticket = new Ticket(UUID.randomUUID(), chat, ++seq, lane);
        assertTrue(scheduler.offer(ticket, now, now));
        return ticket;
    }

    /** Plays the dispatcher on a virtual clock: sends whatever is due, answers at once, until {@code until}. */
    private static void drain(SendScheduler scheduler, long until, List<Long> sentAt, List<Ticket> order) {
        long now = 0;
        while (now <= until && scheduler.size() > 0) {
            var decision = scheduler.next(now);
            if (decision instanceof SendScheduler.Send send) {
                sentAt.add(now);
                order.add(send.ticket());
                scheduler.done(send.ticket(), now);
            } else {
                long wait = ((SendScheduler.Wait) decision).nanos();
                if (wait == Long.MAX_VALUE) {
                    return;
                }
                now += wait;
            }
        }
    }
}
