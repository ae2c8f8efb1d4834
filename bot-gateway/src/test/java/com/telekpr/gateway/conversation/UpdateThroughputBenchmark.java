package com.telekpr.gateway.conversation;

import com.telekpr.events.Envelope;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.gateway.application.UpdateHandling;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Not part of the build's tests (no *Test name); run with
 * {@code ./mvnw -pl bot-gateway verify -Dtest=UpdateThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 * 200 chats × 10 updates put on telegram.updates at once: free text (no lookups) and /tokens (three REST
 * lookups each); prints updates/s and the p50/p99 from an update's publication to its reply command
 * being written to the outbox; then the same latency for one chat's updates sent one after another.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class UpdateThroughputBenchmark {
    private static final int CHATS = 200;
    private static final int PER_CHAT = 10;
    private final PeerServices peers = PeerServices.start();

    @Test
    void updatesPerSecondAndLatency() {
        run("free text (no lookups)", "hello");
        run("/tokens (3 REST lookups)", "/tokens");
        oneAtATime("/tokens", 200);
    }

    /** The latency a user sees when the gateway is not busy: one update, its answer, the next. */
    private void oneAtATime(String text, int updates) {
        var chat = new BotChat("en");
        chat.say("/start");
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < updates; i++) {
            Instant sent = Instant.now();
            long updateId = chat.publish(text);
            UUID id = UpdateHandling.idOf(updateId);
            Await.until("answer " + i, () -> BotChat.REPLIES.envelopesOf(chat.userId()).stream()
                    .anyMatch(reply -> reply.correlationId().equals(id)));
            Envelope reply = BotChat.REPLIES.envelopesOf(chat.userId()).stream()
                    .filter(candidate -> candidate.correlationId().equals(id)).findFirst().orElseThrow();
            latencies.add(Duration.between(sent, reply.time()).toMillis());
        }
        latencies.sort(Long::compare);
        System.out.printf("%s one at a time: %d updates; update→reply command p50 %d ms, p99 %d ms, max %d ms%n", text,
                updates, latencies.get(updates / 2), latencies.get((int) (updates * 0.99)), latencies.get(updates - 1));
    }

    private void run(String what, String text) {
        List<BotChat> chats = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            chats.add(new BotChat("en"));
        }
        Map<UUID, Instant> sentAt = new HashMap<>();
        Instant start = Instant.now();
        for (int round = 0; round < PER_CHAT; round++) {
            for (BotChat chat : chats) {
                long updateId = chat.publish(text);
                sentAt.put(UpdateHandling.idOf(updateId), Instant.now());
            }
        }
        List<Long> latencies = new ArrayList<>();
        Instant last = start;
        for (BotChat chat : chats) {
            Await.until("all answers", Duration.ofMinutes(5), () -> BotChat.REPLIES.of(chat.userId(), SendMessage.class)
                    .size() >= PER_CHAT);
            for (Envelope reply : BotChat.REPLIES.envelopesOf(chat.userId())) {
                Instant sent = sentAt.get(reply.correlationId());
                if (sent != null) {
                    latencies.add(Duration.between(sent, reply.time()).toMillis());
                    last = reply.time().isAfter(last) ? reply.time() : last;
                }
            }
        }
        latencies.sort(Long::compare);
        double seconds = Duration.between(start, last).toMillis() / 1000.0;
        System.out.printf("%s: %d updates from %d chats in %.1f s = %.0f updates/s; update→reply command p50 %d ms,"
                        + " p99 %d ms, max %d ms; heap used %d MiB%n", what, latencies.size(), CHATS, seconds,
                latencies.size() / seconds, latencies.get(latencies.size() / 2),
                latencies.get((int) (latencies.size() * 0.99)), latencies.get(latencies.size() - 1),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
}
