package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.sandbox.telegram.TelegramSimulator;
import com.telekpr.testkit.Await;
import com.telekpr.infrastructure.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stopped for 20 s under the running suite while 100 people write to the bot at 50 updates/s
 * and five customers order: the outage must cost latency, never a message. Every update is answered
 * exactly once (counted in the Telegram sandbox), every order is queued-and-debited or
 * rejected-and-not-debited, the ledger verifies, no dead-letter topic holds anything and the dead-letter
 * metric says 0; readiness is DOWN during the outage and UP after it, with no restart.
 */
@Order(2)
@ExtendWith(SharedSuite.class)
class DatabaseOutageTest {
    private static final int CHATTERS = 100;
    private static final int NOTES_EACH = 10;
    private static final Duration BETWEEN_UPDATES = Duration.ofMillis(20); // 50 updates/s
    private static final int CUSTOMERS = 5;
    private static final int ORDERS_EACH = 2;
    private static final Duration OUTAGE_AFTER = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Test
    void aTwentySecondOutageCostsLatencyNeverMessages() throws Exception {
        LocalStack stack = SharedSuite.stack();
        TelegramSimulator telegram = stack.telegram();
        ExecutorService people = Executors.newFixedThreadPool(CUSTOMERS + 1);
        List<ChatUser> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(new ChatUser(telegram, telegram.createUser("Buyer" + (char) ('a' + i), "Outage", null, "en")));
        }
        awaitAll(people, customers.stream().<Runnable>map(customer -> () -> {
            customer.say("/start", "Welcome");
            Journeys.register(customer, customer.user.firstName(), "Outage");
            Journeys.buyTokens(customer, stack.oxapay(), 500);
        }).toList());

        List<ChatUser> chatters = new ArrayList<>();
        for (int i = 0; i < CHATTERS; i++) {
            chatters.add(new ChatUser(telegram, telegram.createUser("Talker" + i, "Chatty", null, "en")));
        }
        long loadStarted = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        running.add(people.submit(() -> writeNotes(telegram, chatters)));
        for (ChatUser customer : customers) {
            running.add(people.submit(() -> order(customer)));
        }

        sleepUntil(loadStarted + OUTAGE_AFTER.toNanos());
        stack.stopDatabase();
        long stopped = System.nanoTime();
        List<ServiceProcess> services = stack.services();
        Await.until("every service's readiness DOWN", Duration.ofSeconds(30),
                () -> services.stream().allMatch(service -> SuiteHealth.readiness(service) == 503));
        double downAfter = seconds(stopped);
        sleepUntil(stopped + OUTAGE.toNanos());
        stack.startDatabase();
        long restarted = System.nanoTime();
        Await.until("every service ready again, with no restart", Duration.ofMinutes(2),
                () -> services.stream().allMatch(service -> SuiteHealth.readiness(service) == 200));
        double readyAfter = seconds(restarted);
        Await.until("every note answered", Duration.ofMinutes(5), () -> answered(telegram, chatters) == CHATTERS * NOTES_EACH);
        double answeredAfter = seconds(restarted);
        for (Future<?> work : running) {
            work.get();
        }
        people.shutdown();

        for (ChatUser chatter : chatters) {
            for (int note = 0; note < NOTES_EACH; note++) {
                assertEquals(1, answersTo(telegram, chatter, note), chatter.user.firstName() + "'s note " + note);
            }
        }
        OrderAudit audit = OrderAudit.of(telegram, customers, "Outage", 1);
        assertEquals(CUSTOMERS * ORDERS_EACH, audit.orders(), "every order placed is accounted for");
        assertEquals(0, audit.repeated(), "no order answered twice");
        OrderAudit.assertBooksBalance();
        Map<String, Long> deadLetters = SuiteHealth.deadLetters(stack.kafkaBootstrapServers());
        long deadLettered = deadLetters.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(0, deadLettered, "dead-letter topics: " + deadLetters);
        assertEquals(0.0, SuiteHealth.deadLetteredMetric(services), "telekpr_inbox_dead_lettered_total");
        Map<String, Long> doubleCompletions = SuiteHealth.logLinesWith(services, "Result is already complete");
        Map<String, Long> relayWarnings = SuiteHealth.logLinesWith(services, "outbox relay cannot publish");
        System.out.printf("database outage: %d updates sent at 50/s, %.0f s of outage from %.0f s in; readiness DOWN"
                        + " %.1f s after the stop, UP %.1f s after the start; all %d answered exactly once %.1f s after the"
                        + " start; %d orders (%d queued and debited, %d rejected); %d dead-lettered; relay warnings %s%n",
                CHATTERS * NOTES_EACH, (double) OUTAGE.toSeconds(), (double) OUTAGE_AFTER.toSeconds(), downAfter, readyAfter,
                CHATTERS * NOTES_EACH, answeredAfter, audit.orders(), audit.queued(), audit.rejected(), deadLettered,
                relayWarnings);
        doubleCompletions.forEach((service, lines) -> assertEquals(0, lines, service + ": Result is already complete"));
        relayWarnings.forEach((service, lines) -> assertTrue(lines <= 2, service + " warned " + lines
                + " times that its relay cannot publish: once per outage is enough"));
    }

    /** 100 people, ten notes each, one update every 20 ms, round-robin. */
    private static void writeNotes(TelegramSimulator telegram, List<ChatUser> chatters) {
        long next = System.nanoTime();
        for (int note = 0; note < NOTES_EACH; note++) {
            for (ChatUser chatter : chatters) {
                sleepUntil(next);
                telegram.userSays(chatter.user, noteOf(chatter, note));
                next += BETWEEN_UPDATES.toNanos();
            }
        }
    }

    private static void order(ChatUser customer) {
        for (int i = 0; i < ORDERS_EACH; i++) {
            SentMessage summary = Journeys.orderSummary(customer, "SITES_100");
            assertTrue(summary.text().contains("after:"), summary.text());
            customer.tap(":confirm", "Order #");
        }
    }

    private static String noteOf(ChatUser chatter, int note) {
        return "note " + chatter.user.firstName() + "-" + note;
    }

    /** The bot's replies that echo this note: “note Talker7-3”. */
    private static long answersTo(TelegramSimulator telegram, ChatUser chatter, int note) {
        String echo = "“" + noteOf(chatter, note) + "”";
        return telegram.messages(chatter.user.id()).stream().filter(m -> m.text() != null && m.text().contains(echo)).count();
    }

    private static long answered(TelegramSimulator telegram, List<ChatUser> chatters) {
        long answered = 0;
        for (ChatUser chatter : chatters) {
            for (int note = 0; note < NOTES_EACH; note++) {
                answered += Math.min(1, answersTo(telegram, chatter, note));
            }
        }
        return answered;
    }

    private static void awaitAll(ExecutorService pool, List<Runnable> work) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        work.forEach(task -> futures.add(pool.submit(task)));
        for (Future<?> future : futures) {
            future.get();
        }
    }

    /** Pacing, not waiting for a result: the load's rate and the outage's length are the test's own. */
    private static void sleepUntil(long nanos) {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
