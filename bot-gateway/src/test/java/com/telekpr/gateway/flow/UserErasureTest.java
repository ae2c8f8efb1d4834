package com.telekpr.gateway.flow;

import static com.telekpr.gateway.AsCaller.asAdminApi;
import static com.telekpr.gateway.flow.GatewayTraffic.OUT;
import static com.telekpr.gateway.flow.GatewayTraffic.textsTo;
import static com.telekpr.gateway.flow.GatewayTraffic.userIdOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class UserErasureTest {

    @Test
    void anErasedUserIsForgottenTheirKeyDestroyedAndComesBackAsSomebodyNew() {
        long telegramId = 760_000_000L + Updates.nextId() % 1_000_000;
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        UUID user = userIdOf(telegramId);
        textsTo(user, 1);
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/register", "en"));
        textsTo(user, 2);
        asAdminApi().get("/personal-keys/" + user).then().statusCode(200).body("erased", equalTo(false));

        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            asAdminApi().header("Idempotency-Key", key).delete("/users/" + user).then().statusCode(200)
                    .body("userId", equalTo(user.toString()));
        }
        OUT.awaitOne(user, UserErased.class);
        assertEquals(1, OUT.of(user, UserErased.class).size(), "erased once");
        asAdminApi().get("/users/" + user).then().statusCode(404);
        asAdminApi().delete("/users/" + user).then().statusCode(404);
        asAdminApi().get("/personal-keys/" + user).then().statusCode(200).body("erased", equalTo(true))
                .body("key", equalTo(null));
        assertEquals(0, Sql.count("select count(*) from gateway.conversations where user_id = ?", user), "drafts gone");
        assertEquals(0, Sql.count("select count(*) from gateway.outbox where message_key = ? and sent_at is not null and type <> 'UserErased'",
                user.toString()), "the sent messages about them gone");

        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        assertNotEquals(user, userIdOf(telegramId), "writing again, they are somebody new");
    }

    @Test
    void staffAreNotErasedWhileTheyHoldTheirRole() {
        long telegramId = 770_000_000L + Updates.nextId() % 1_000_000;
        Updates.publish(telegramId, Updates.message(Updates.nextId(), telegramId, "/start", "en"));
        UUID user = userIdOf(telegramId);
        asAdminApi().contentType("application/json").body(Map.of("admin", false, "operator", true))
                .put("/users/" + user + "/roles").then().statusCode(200);
        asAdminApi().delete("/users/" + user).then().statusCode(409).body("error", equalTo("user_is_staff"));
        asAdminApi().delete("/users/not-a-uuid").then().statusCode(400).body("field", equalTo("id"));
        asAdminApi().get("/users/" + user).then().statusCode(200);
    }
}
