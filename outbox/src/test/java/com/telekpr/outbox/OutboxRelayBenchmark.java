package com.telekpr.outbox;

import static com.telekpr.outbox.QueuedMessages.appendCommitted;
import static com.telekpr.outbox.QueuedMessages.queued;

import com.telekpr.events.Envelope;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast the relay drains a backlog to the real broker, and how fast a consumer applies it
 * through the inbox. Not part of `./mvnw verify` (no *Test suffix); run it with
 * {@code ./mvnw -pl outbox -am verify -Dtest=OutboxRelayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayBenchmark {
    private static final int MESSAGES = Integer.getInteger("benchmark.messages", 20_000);
    private static final int PER_TRANSACTION = 100;
    private static final int USERS = 100;

    @Inject
    Outbox outbox;

    @Test
    void drainABacklog() throws Throwable {
        List<UUID> users = IntStream.range(0, USERS).mapToObj(i -> UUID.randomUUID()).toList();
        long appendStart;
        long appendEnd;
        try (Connection lockHolder = Sql.connect()) {
            // hold the relay back so that appending and relaying are measured apart
            lockHolder.createStatement().execute("select pg_advisory_lock(hashtext('outbox_test.outbox-relay'))");
            appendStart = System.nanoTime();
            for (int sent = 0; sent < MESSAGES; sent += PER_TRANSACTION) {
                List<Envelope> transaction = new ArrayList<>(PER_TRANSACTION);
                for (int i = sent; i < sent + PER_TRANSACTION; i++) {
                    transaction.add(queued(users.get(i % USERS), i));
                }
                appendCommitted(outbox, transaction);
            }
            appendEnd = System.nanoTime();
            lockHolder.createStatement().execute("select pg_advisory_unlock(hashtext('outbox_test.outbox-relay'))");
        }
        long relayStart = System.nanoTime();
        Await.until("the backlog is relayed", Duration.ofMinutes(10),
                () -> Sql.count("select count(*) from outbox_test.outbox where sent_at is null") == 0);
        long relayEnd = System.nanoTime();
        String userArray = "{" + String.join(",", users.stream().map(UUID::toString).toList()) + "}";
        Await.until("the backlog is consumed", Duration.ofMinutes(10), () -> Sql.count(
                "select count(*) from outbox_test.arrival where user_id = any(cast(? as uuid[]))", userArray) == MESSAGES);
        long consumeEnd = System.nanoTime();

        System.out.printf("%nOUTBOX BENCHMARK (%d messages, %d per transaction, %d keys)%n", MESSAGES,
                PER_TRANSACTION, USERS);
        System.out.printf("  append (in transactions):     %,10.0f messages/s%n", rate(appendStart, appendEnd));
        System.out.printf("  relay to Kafka (acks=all):    %,10.0f messages/s%n", rate(relayStart, relayEnd));
        System.out.printf("  consume through the inbox:    %,10.0f messages/s (from relay start)%n",
                rate(relayStart, consumeEnd));
        System.out.printf("  heap used: %d MiB%n%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static double rate(long start, long end) {
        return MESSAGES / ((end - start) / 1e9);
    }
}
