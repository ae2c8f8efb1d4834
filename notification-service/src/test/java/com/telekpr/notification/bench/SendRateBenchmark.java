package com.telekpr.notification.bench;

import static com.telekpr.notification.AsCaller.asStaffAdmin;

import com.telekpr.events.Envelope;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.notification.flow.TelegramSandbox;
import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.sandbox.telegram.TelegramLimits;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TopicSender;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Figures, not a pass/fail test: the sustained send rate at the default limits against a sandbox with
 * Telegram's own limits, and the time a 10,000-user broadcast takes. Run with
 * {@code ./mvnw -pl notification-service -am verify -Dtest=SendRateBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 */
@QuarkusTest
@TestProfile(TelegramDefaults.class)
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class SendRateBenchmark {
    private static final int MESSAGES = 1_800;
    private static final int USERS = 10_000;

    @Test
    void sustainedRateAndABroadcastToTenThousand() {
        var telegram = TelegramSandbox.telegram();
        telegram.setLimits(TelegramLimits.telegram());
        long refusedBefore = telegram.counts().tooManyRequests();
        long base = 3_000_000_000L;
        try (var topics = new TopicSender()) {
            for (int i = 0; i < MESSAGES; i++) {
                topics.send(Envelope.first("bench", new UUID(3, i), "rate", new SendMessage(base + i, "m" + i, List.of())));
            }
        }
        Await.until("all sent", Duration.ofMinutes(5), () -> received(telegram.allMessages(), base, MESSAGES) == MESSAGES);
        var sent = telegram.allMessages().stream().filter(m -> m.chatId() >= base && m.chatId() < base + MESSAGES).toList();
        double seconds = (sent.get(sent.size() - 1).receivedAtNanos() - sent.get(0).receivedAtNanos()) / 1e9;
        System.out.printf("sustained: %d messages to %d chats in %.1f s = %.1f msg/s (cap 30/s); busiest second %d;"
                        + " 429s %d%n", MESSAGES, MESSAGES, seconds, (MESSAGES - 1) / seconds,
                telegram.maxInAnyWindow(Duration.ofSeconds(1)), telegram.counts().tooManyRequests() - refusedBefore);

        Sql.update("insert into notification.telegram_users (user_id, telegram_id, chat_id, language)"
                + " select gen_random_uuid(), 4000000000 + n, 4000000000 + n, 'en' from generate_series(1, ?) n", USERS);
        long reachable = Sql.count("select count(*) from notification.telegram_users where blocked_at is null");
        String id = asStaffAdmin().contentType("application/json").body(Map.of("title", "Bench", "message", "Ten thousand"))
                .post("/broadcasts").then().statusCode(201).extract().path("id");
        long started = System.nanoTime();
        asStaffAdmin().post("/broadcasts/" + id + "/send").then().statusCode(202);
        Await.until("the broadcast completes", Duration.ofMinutes(10), () -> "completed".equals(
                asStaffAdmin().get("/broadcasts/" + id).then().extract().path("status")));
        double took = (System.nanoTime() - started) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("broadcast: %d recipients in %.1f s = %.1f msg/s; 429s %d; test JVM heap used %d MiB%n",
                reachable, took, reachable / took, telegram.counts().tooManyRequests() - refusedBefore,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static long received(List<SentMessage> all, long base, int count) {
        return all.stream().filter(m -> m.chatId() >= base && m.chatId() < base + count).count();
    }
}
