package com.telekpr.notification.flow;

import static com.telekpr.notification.flow.NotificationTraffic.SENDER;
import static com.telekpr.notification.flow.NotificationTraffic.received;
import static com.telekpr.notification.flow.NotificationTraffic.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.Envelope;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.notification.client.TelegramConfig;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sender stays inside the limits it is configured with (test profile: 200/s overall, 40/s per
 * chat, bursts 10 and 2), so the sandbox, which refuses beyond 250/s and 50/s, never answers 429.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {
    private static final Duration SECOND = Duration.ofSeconds(1);
    @Inject
    TelegramConfig telegramConfig;

    @Test
    void threeHundredMessagesToOneChatArriveInOrderWithoutA429() {
        var user = register("en", false);
        long refusedBefore = TelegramSandbox.telegram.counts().tooManyRequests();
        for (int i = 0; i < 300; i++) {
            SENDER.send(Envelope.first("test-bot", user.id(), "burst", new SendMessage(user.chatId(), "n" + i, List.of())));
        }
        var messages = received(user.chatId(), 300);
        assertEquals(IntStream.range(0, 300).mapToObj(i -> "n" + i).toList(), messages.stream().map(m -> m.text()).toList());
        assertEquals(refusedBefore, TelegramSandbox.telegram.counts().tooManyRequests(), "no 429");
        int busiest = TelegramSandbox.telegram.maxInAnyWindow(user.chatId(), SECOND);
        // the sandbox counts arrivals: a message in flight across a stall of this machine lands in the next second
        assertTrue(busiest <= 40 + 2 + 1, "at most 40/s, a burst of 2 and one in flight in any second, saw " + busiest);
    }

    @Test
    void threeThousandMessagesAcrossAThousandChatsStayUnderTheGlobalRate() {
        long refusedBefore = TelegramSandbox.telegram.counts().tooManyRequests();
        long base = 7_000_000_000L + (UUID.randomUUID().getLeastSignificantBits() & 0xFFFFFFL) * 2_000;
        for (int round = 0; round < 3; round++) {
            for (int chat = 0; chat < 1000; chat++) {
                long chatId = base + chat;
                SENDER.send(Envelope.first("test-admin", new UUID(0, chatId), "wide",
                        new SendMessage(chatId, "round " + round, List.of())));
            }
        }
        Await.until("3,000 messages delivered", Duration.ofSeconds(120), () -> TelegramSandbox.telegram.allMessages()
                .stream().filter(m -> m.chatId() >= base && m.chatId() < base + 1000).count() == 3000);
        assertEquals(refusedBefore, TelegramSandbox.telegram.counts().tooManyRequests(), "no 429");
        int busiest = TelegramSandbox.telegram.maxInAnyWindow(SECOND);
        // as above: the requests in flight before a stall arrive with the burst that follows it
        int inFlight = telegramConfig.concurrency();
        assertTrue(busiest <= 200 + 10 + inFlight,
                "at most 200/s, a burst of 10 and " + inFlight + " in flight in any second, saw " + busiest);
        for (int chat = 0; chat < 1000; chat += 97) {
            assertEquals(List.of("round 0", "round 1", "round 2"), TelegramSandbox.telegram.messages(base + chat)
                    .stream().map(m -> m.text()).toList(), "each chat in order");
        }
    }
}
