package com.telekpr.gateway.flow;

import static com.telekpr.gateway.flow.GatewayTraffic.OUT;
import static com.telekpr.gateway.flow.GatewayTraffic.textsTo;
import static com.telekpr.gateway.flow.GatewayTraffic.userIdOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.UserEvent;
import com.telekpr.events.UserEvent.UserActive;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UserActive: told on a user's first update of each UTC day, once, after UserRegistered for a newcomer. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class UserActivityTest {

    @Test
    void theFirstUpdateOfTheDayTellsUserActiveOnce() {
        long telegramId = 740_000_000L + Updates.nextId() % 1_000_000;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        UUID user = userIdOf(telegramId);
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/help", "en"));
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "hello", "en"));
        textsTo(user, 3); // all three handled

        assertEquals(List.of(new UserActive(today)), OUT.of(user, UserActive.class));
        List<Class<?>> userEvents = OUT.envelopesOf(user).stream().map(envelope -> envelope.data())
                .filter(data -> data instanceof UserEvent).<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(UserRegistered.class, UserActive.class), userEvents, "registered, then active");

        // the user was last seen yesterday: today's first update tells it again, the next one does not
        Sql.update("update gateway.users set last_active_day = ? where id = ?", today.minusDays(1), user);
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/help", "en"));
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/help", "en"));
        textsTo(user, 5);
        assertEquals(2, OUT.await(user, UserActive.class, 2).size());
        assertEquals(List.of(new UserActive(today), new UserActive(today)), OUT.of(user, UserActive.class));
    }
}
