package com.telekpr.notification.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TopicSender;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * kill -9 in the middle of a queue of 1,000 messages, then a restart: every message arrives, in order
 * per chat, and the only ones that may arrive twice are those whose request was in flight at the
 * kill — Telegram had them, the database had not yet heard back — which no sender can know about.
 */
class KillMidQueueIT {
    private static final int CHATS = 100;
    private static final int PER_CHAT = 10;
    @RegisterExtension
    static final SenderUnderTest sender = new SenderUnderTest();

    @Test
    void nothingIsLostAndOnlyTheRequestsInFlightCanRepeat() throws Exception {
        var first = sender.start();
        long base = 5_000_000_000L;
        try (var topics = new TopicSender()) {
            for (int i = 0; i < PER_CHAT; i++) {
                for (int chat = 0; chat < CHATS; chat++) {
                    topics.send(Envelope.first("test-bot", new UUID(1, chat), "restart",
                            new SendMessage(base + chat, "c" + chat + "-m" + i, List.of())));
                }
            }
        }
        Await.until("a third is sent", Duration.ofSeconds(60), () -> sender.telegram.allMessages().size() >= 300);
        first.kill();

        Set<String> queuedAtKill = Sql.column("select payload from notification.outgoing_messages where status = 'queued'")
                .stream().map(payload -> text((String) payload)).collect(Collectors.toSet());
        Set<String> inFlight = new HashSet<>(texts(sender.telegram.allMessages()));
        inFlight.retainAll(queuedAtKill);
        int receivedAtKill = sender.telegram.allMessages().size();

        sender.start();
        Await.until("all 1,000 delivered", Duration.ofSeconds(120), () -> Sql.count(
                "select count(*) from notification.outgoing_messages where status = 'sent'") == CHATS * PER_CHAT);
        List<SentMessage> all = sender.telegram.allMessages();
        Map<String, Long> times = all.stream().collect(Collectors.groupingBy(SentMessage::text, Collectors.counting()));
        assertEquals(CHATS * PER_CHAT, times.size(), "every message arrived");
        Set<String> repeated = times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertTrue(inFlight.containsAll(repeated), "only in-flight requests repeat: " + repeated + " vs " + inFlight);
        assertTrue(repeated.size() <= 8, "at most the sender's concurrency");
        for (int chat = 0; chat < CHATS; chat++) {
            long chatId = base + chat;
            List<String> order = sender.telegram.messages(chatId).stream().map(SentMessage::text).distinct().toList();
            int c = chat;
            assertEquals(java.util.stream.IntStream.range(0, PER_CHAT).mapToObj(i -> "c" + c + "-m" + i).toList(), order);
        }
        System.out.printf("kill -9 after %d of %d messages: %d were in flight, %d arrived twice, none lost%n",
                receivedAtKill, CHATS * PER_CHAT, inFlight.size(), repeated.size());
    }

    private static String text(String payload) {
        try {
            JsonNode node = EnvelopeCodec.json().readTree(payload);
            return node.path("text").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(List<SentMessage> messages) {
        return messages.stream().map(SentMessage::text).collect(Collectors.toList());
    }
}
