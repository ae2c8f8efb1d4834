package com.telekpr.notification.flow;

import static com.telekpr.notification.flow.NotificationTraffic.received;
import static com.telekpr.notification.flow.NotificationTraffic.register;
import static com.telekpr.notification.flow.NotificationTraffic.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.notification.application.MessageLogRetention;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class MessageLogRetentionTest {
    @Inject
    MessageLogRetention retention;

    @Test
    void endedMessagesLeaveTheLogAfterTheRetentionQueuedOnesNever() throws Throwable {
        var user = register("en", false);
        send(user.id(), new SendMessage(user.chatId(), "old news", List.of()));
        received(user.chatId(), 1);
        Await.until("recorded as sent", () -> Sql.count(
                "select count(*) from notification.outgoing_messages where chat_id = ? and status = 'sent'", user.chatId()) == 1);
        Sql.update("update notification.outgoing_messages set finished_at = now() - interval '40 days' where chat_id = ?",
                user.chatId());
        // old but still waiting (its next attempt is tomorrow): must survive
        Sql.update("insert into notification.outgoing_messages (id, command_id, user_id, chat_id, kind, lane, payload, status,"
                + " created_at, next_attempt_at) values (gen_random_uuid(), gen_random_uuid(), ?, ?, 'SendMessage', 'direct',"
                + " '{}', 'queued', now() - interval '40 days', now() + interval '1 day')", user.id(), -user.chatId());

        int pruned = VertxContextSupport.subscribeAndAwait(() -> retention.pruneBefore(Instant.now().minusSeconds(30 * 86_400L)));
        assertTrue(pruned >= 1);
        assertEquals(0, Sql.count("select count(*) from notification.outgoing_messages where chat_id = ?", user.chatId()));
        assertEquals(1, Sql.count("select count(*) from notification.outgoing_messages where chat_id = ?", -user.chatId()),
                "a queued message is never pruned");
        Sql.update("delete from notification.outgoing_messages where chat_id = ?", -user.chatId());
    }
}
