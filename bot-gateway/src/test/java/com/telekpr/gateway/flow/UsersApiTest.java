package com.telekpr.gateway.flow;

import static com.telekpr.gateway.AsCaller.asAdminApi;
import static com.telekpr.gateway.flow.GatewayTraffic.OUT;
import static com.telekpr.gateway.flow.GatewayTraffic.textsTo;
import static com.telekpr.gateway.flow.GatewayTraffic.userIdOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.NotificationCommand.AnswerCallback;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.events.UserEvent.UserUpdated;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class UsersApiTest {

    @Test
    void rolesComeFromConfigurationAndTheApi() {
        Updates.publish(900_000_001L, Updates.message(Updates.nextId(), 900_000_001L, "/start", "en"));
        UUID admin = userIdOf(900_000_001L);
        var registered = OUT.awaitOne(admin, UserRegistered.class);
        assertEquals(true, registered.admin());
        asAdminApi().queryParam("role", "admin").get("/users").then().statusCode(200)
                .body("find { it.id == '" + admin + "' }.admin", equalTo(true));

        long telegramId = 730_000_000L + Updates.nextId() % 1_000_000;
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        UUID user = userIdOf(telegramId);
        asAdminApi().contentType("application/json").body(Map.of("admin", false, "operator", true))
                .put("/users/" + user + "/roles").then().statusCode(200).body("operator", equalTo(true));
        var updated = OUT.awaitOne(user, UserUpdated.class);
        assertEquals(true, updated.operator());
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/help", "en"));
        Await.until("the operator's help", () -> textsTo(user, 2).get(1).contains("/queue"));
    }

    @Test
    void aSuspendedUserIsToldOnceThenIgnoredUntilReactivated() {
        long telegramId = 740_000_000L + Updates.nextId() % 1_000_000;
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        UUID user = userIdOf(telegramId);
        textsTo(user, 1);
        asAdminApi().post("/users/" + user + "/suspend").then().statusCode(200).body("suspended", equalTo(true));
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "hello?", "en"));
        Updates.publish(telegramId, Updates.press(Updates.nextId(), telegramId, 5, "menu:order"));
        OUT.awaitOne(user, AnswerCallback.class); // the press came after both messages
        assertEquals("⛔ Your account is suspended. Please contact support.", textsTo(user, 2).get(1));
        assertEquals(2, OUT.of(user, SendMessage.class).size(), "told once, then nothing");

        asAdminApi().post("/users/" + user + "/activate").then().statusCode(200).body("suspended", equalTo(false));
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        Await.until("welcomed back", () -> textsTo(user, 3).get(2).startsWith("👋 Welcome back"));
    }

    @Test
    void aRoleChangeSentAgainWithItsKeyIsMadeOnce() {
        long telegramId = 750_000_000L + Updates.nextId() % 1_000_000;
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        UUID user = userIdOf(telegramId);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            asAdminApi().header("Idempotency-Key", key).contentType("application/json")
                    .body(Map.of("admin", false, "operator", true)).put("/users/" + user + "/roles").then().statusCode(200)
                    .body("operator", equalTo(true));
        }
        assertEquals(1L, com.telekpr.testkit.Sql.count("select count(*) from gateway.outbox where type = 'UserUpdated'"
                + " and position(? in payload) > 0", user.toString()));
        asAdminApi().header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("admin", true, "operator", true)).put("/users/" + user + "/roles").then().statusCode(422);
        asAdminApi().get("/users/" + user).then().body("admin", equalTo(false));
    }

    @Test
    void badRequestsAreNamed() {
        asAdminApi().get("/users/" + UUID.randomUUID()).then().statusCode(404);
        asAdminApi().get("/users/nope").then().statusCode(400).body("field", equalTo("id"));
        asAdminApi().queryParam("role", "king").get("/users").then().statusCode(400).body("field", equalTo("role"));
        asAdminApi().contentType("application/json").body(Map.of("admin", true))
                .put("/users/" + UUID.randomUUID() + "/roles").then().statusCode(400).body("field", equalTo("operator"));
    }
}
