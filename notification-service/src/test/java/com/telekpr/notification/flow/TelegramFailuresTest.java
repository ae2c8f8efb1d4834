package com.telekpr.notification.flow;

import static com.telekpr.notification.AsCaller.asStaffAdmin;
import static com.telekpr.notification.flow.NotificationTraffic.DELIVERY_EVENTS;
import static com.telekpr.notification.flow.NotificationTraffic.received;
import static com.telekpr.notification.flow.NotificationTraffic.register;
import static com.telekpr.notification.flow.NotificationTraffic.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.AccountEvent.BalanceLow;
import com.telekpr.events.DeliveryEvent.MessageDelivered;
import com.telekpr.events.DeliveryEvent.MessageFailed;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.events.UserEvent.UserBlockedBot;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class TelegramFailuresTest {

    @Test
    void a429IsHonouredByWaitingItsRetryAfter() {
        var user = register("en", false);
        TelegramSandbox.telegram.failChat(user.chatId(), 2, 429, 1);
        Instant asked = Instant.now();
        send(user.id(), new SendMessage(user.chatId(), "after the wait", List.of()));

        var message = received(user.chatId(), 1).get(0);
        assertEquals("after the wait", message.text());
        assertTrue(Duration.between(asked, message.receivedAt()).toMillis() >= 2_000,
                "two 429s with retry_after 1 mean at least two seconds");
        // the log row says sent once Telegram's answer is recorded, a moment after the sandbox has the message
        DELIVERY_EVENTS.awaitOne(user.id(), MessageDelivered.class);
        asStaffAdmin().queryParam("chatId", user.chatId()).get("/messages").then().body("[0].status", equalTo("sent"))
                .body("[0].attempts", equalTo(1)); // a 429 is not a failed attempt
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        var user = register("en", false);
        TelegramSandbox.telegram.failChat(user.chatId(), 3, 502);
        send(user.id(), new SendMessage(user.chatId(), "eventually", List.of()));

        assertEquals("eventually", received(user.chatId(), 1).get(0).text());
        DELIVERY_EVENTS.awaitOne(user.id(), MessageDelivered.class);
        asStaffAdmin().queryParam("chatId", user.chatId()).get("/messages").then().body("[0].status", equalTo("sent"))
                .body("[0].attempts", equalTo(4));
    }

    @Test
    void aBlockedUserIsMarkedAnnouncedOnceAndNotWrittenToAgain() {
        var user = register("en", false);
        TelegramSandbox.telegram.block(user.chatId());
        var first = send(user.id(), new SendMessage(user.chatId(), "are you there?", List.of()));

        var failed = DELIVERY_EVENTS.awaitOne(user.id(), MessageFailed.class);
        assertEquals(first.id(), failed.commandId());
        assertTrue(failed.error().contains("blocked"), failed.error());
        assertEquals(new UserBlockedBot(user.chatId()), DELIVERY_EVENTS.awaitOne(user.id(), UserBlockedBot.class));
        Await.until("the user is marked", () -> Sql.count(
                "select count(*) from notification.telegram_users where user_id = ? and blocked_at is not null", user.id()) == 1);

        long refusedBefore = TelegramSandbox.telegram.counts().refusedByStatus().getOrDefault(403, 0L);
        send(user.id(), new BalanceLow(10, 50));
        DELIVERY_EVENTS.await(user.id(), MessageFailed.class, 2);
        assertEquals(refusedBefore, TelegramSandbox.telegram.counts().refusedByStatus().getOrDefault(403, 0L),
                "a notice to a blocked user is recorded, not sent");
        assertEquals(1, DELIVERY_EVENTS.of(user.id(), UserBlockedBot.class).size());
        asStaffAdmin().queryParam("chatId", user.chatId()).queryParam("status", "blocked").get("/messages").then()
                .body("size()", equalTo(2));

        TelegramSandbox.telegram.unblock(user.chatId()); // they start the bot again and the gateway replies
        send(user.id(), new SendMessage(user.chatId(), "welcome back", List.of()));
        assertEquals("welcome back", received(user.chatId(), 1).get(0).text());
        Await.until("the mark is cleared", () -> Sql.count(
                "select count(*) from notification.telegram_users where user_id = ? and blocked_at is null", user.id()) == 1);
    }
}
