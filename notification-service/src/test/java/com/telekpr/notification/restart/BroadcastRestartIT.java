package com.telekpr.notification.restart;

import static com.telekpr.notification.AsCaller.asStaffAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.Envelope;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TopicSender;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A broadcast to 2,000 users with the service restarted half-way reaches each reachable user exactly once. */
class BroadcastRestartIT {
    private static final int USERS = 2_000;
    private static final int BLOCKED = 50;
    private static final long BASE_CHAT = 6_000_000_000L;
    @RegisterExtension
    static final SenderUnderTest sender = new SenderUnderTest();

    @Test
    void eachReachableUserGetsItOnceAndTheReportAddsUp() {
        var first = sender.start();
        try (var topics = new TopicSender()) {
            for (int i = 0; i < USERS; i++) {
                long chat = BASE_CHAT + i;
                topics.send(Envelope.first("test-bot", new UUID(2, i), "user",
                        new UserRegistered(chat, chat, "u" + i, "User " + i, "en", false, false)));
            }
        }
        Await.until("2,000 users known", Duration.ofSeconds(120), () ->
                Sql.count("select count(*) from notification.telegram_users") == USERS);
        for (int i = 0; i < BLOCKED; i++) {
            sender.telegram.block(BASE_CHAT + i * 40L);
        }

        String id = asStaffAdmin().baseUri(sender.baseUrl()).contentType("application/json")
                .body(Map.of("title", "Big news", "message", "Hello, all of you", "emoji", "📣"))
                .post("/broadcasts").then().statusCode(201).extract().path("id");
        asStaffAdmin().baseUri(sender.baseUrl()).post("/broadcasts/" + id + "/send").then().statusCode(202)
                .body("report.recipients", equalTo(USERS));
        Await.until("half sent", Duration.ofSeconds(60), () -> sender.telegram.allMessages().size() >= USERS / 2);
        first.stop(); // graceful: requests in flight finish and are recorded
        int beforeRestart = sender.telegram.allMessages().size();
        sender.start();

        Await.until("the broadcast completes", Duration.ofSeconds(120), () -> "completed".equals(
                asStaffAdmin().baseUri(sender.baseUrl()).get("/broadcasts/" + id).then().extract().path("status")));
        Map<Long, Long> perChat = sender.telegram.allMessages().stream()
                .collect(Collectors.groupingBy(SentMessage::chatId, Collectors.counting()));
        assertEquals(USERS - BLOCKED, perChat.size(), "every reachable user");
        assertEquals(Map.of(1L, (long) (USERS - BLOCKED)), perChat.values().stream()
                .collect(Collectors.groupingBy(count -> count, Collectors.counting())), "each exactly once");
        asStaffAdmin().baseUri(sender.baseUrl()).get("/broadcasts/" + id).then()
                .body("report.sent", equalTo(USERS - BLOCKED)).body("report.blocked", equalTo(BLOCKED))
                .body("report.failed", equalTo(0)).body("report.pending", equalTo(0))
                .body("report.successRate", equalTo(97.5f));
        System.out.printf("broadcast to %d users, restarted after %d: %d sent once each, %d blocked%n",
                USERS, beforeRestart, perChat.size(), BLOCKED);
    }
}
