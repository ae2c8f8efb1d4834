package com.telekpr.notification.flow;

import static com.telekpr.notification.flow.NotificationTraffic.awaitQueueEmpty;
import static com.telekpr.notification.flow.NotificationTraffic.received;
import static com.telekpr.notification.flow.NotificationTraffic.register;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TestCallers;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff's message to one user (PRD §8.4): delivered once for one key, its text checked as Telegram counts it. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class DirectMessageTest {
    private final String adminToken = TestCallers.staffToken("admin");

    private ValidatableResponse send(Object body, String key) {
        var request = RestAssured.given().auth().oauth2(adminToken).contentType("application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).post("/messages").then();
    }

    @Test
    void aMessageSentTwiceWithOneKeyArrivesOnce() {
        var user = register("en", false);
        String key = UUID.randomUUID().toString();
        var queued = send(Map.of("userId", user.id().toString(), "text", "Your refund is on its way 💸"), key)
                .statusCode(202).body("status", equalTo("queued")).extract().jsonPath();
        // read as a long: JSON has one number type, and a chat id below 2^31 would come back as an Integer
        assertEquals(user.chatId(), queued.getLong("chatId"));
        send(Map.of("userId", user.id().toString(), "text", "Your refund is on its way 💸"), key).statusCode(202);
        assertEquals("Your refund is on its way 💸", received(user.chatId(), 1).get(0).text());
        awaitQueueEmpty();
        assertEquals(1, TelegramSandbox.telegram.messages(user.chatId()).size());
    }

    @Test
    void theTextIsCountedInUtf16UnitsAndAnUnknownUserIsNotFound() {
        var user = register("en", false);
        // 1,950 emoji are 3,900 UTF-16 units: the most there may be; one more letter is too many
        String longest = "💸".repeat(1950);
        send(Map.of("userId", user.id().toString(), "text", longest), null).statusCode(202);
        send(Map.of("userId", user.id().toString(), "text", longest + "x"), null).statusCode(400)
                .body("field", equalTo("text"));
        send(Map.of("userId", user.id().toString(), "text", "  "), null).statusCode(400).body("field", equalTo("text"));
        send(Map.of("text", "hi"), null).statusCode(400).body("field", equalTo("userId"));
        send(Map.of("userId", UUID.randomUUID().toString(), "text", "hi"), null).statusCode(404);
    }
}
