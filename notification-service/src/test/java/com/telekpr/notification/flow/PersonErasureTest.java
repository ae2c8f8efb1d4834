package com.telekpr.notification.flow;

import static com.telekpr.notification.flow.NotificationTraffic.awaitQueueEmpty;
import static com.telekpr.notification.flow.NotificationTraffic.received;
import static com.telekpr.notification.flow.NotificationTraffic.register;
import static com.telekpr.notification.flow.NotificationTraffic.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UserErased: the chat is forgotten, the log keeps that messages went out but not what they said. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class PersonErasureTest {

    @Test
    void anErasedUsersChatIsForgottenAndTheirMessagesSayNothingAnyMore() {
        var user = register("en", false);
        send(user.id(), new SendMessage(user.chatId(), "Your profile: Zelda Quartermain, zelda@example.com", null));
        received(user.chatId(), 1);
        awaitQueueEmpty();

        send(user.id(), new UserErased());

        Await.until("the chat forgotten", () -> Sql.count("select count(*) from notification.telegram_users"
                + " where user_id = ?", user.id()) == 0);
        assertEquals(0, Sql.count("select count(*) from notification.outgoing_messages where payload like '%Zelda%'"));
        assertEquals(1, Sql.count("select count(*) from notification.outgoing_messages where user_id = ? and status = 'sent'"
                + " and payload like '%[erased]%'", user.id()), "sent, and no longer what it said");
        List<Object> kinds = Sql.column("select kind from notification.outgoing_messages where user_id = ?", user.id());
        assertEquals(List.of("SendMessage"), kinds);
    }
}
