package com.telekpr.gateway.flow;

import static com.telekpr.gateway.flow.GatewayTraffic.OUT;
import static com.telekpr.gateway.flow.GatewayTraffic.textsTo;
import static com.telekpr.gateway.flow.GatewayTraffic.userIdOf;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.events.PersonalSeal;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.gateway.application.UpdateHandling;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TestCallers;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WebhookIngressTest {
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    @Test
    void aWrongOrMissingSecretIsRefusedAndNothingIsKept() {
        long user = 700_000_000L + Updates.nextId() % 1_000_000;
        String update = Updates.message(Updates.nextId(), user, "/start", "en");
        given().header(SECRET_HEADER, "guess").contentType("application/json").body(update)
                .post("/telegram/webhook").then().statusCode(403);
        given().contentType("application/json").body(update).post("/telegram/webhook").then().statusCode(403);
        given().header(SECRET_HEADER, "test-webhook-secret").contentType("application/json").body("{\"hello\":1}")
                .post("/telegram/webhook").then().statusCode(400);
        assertEquals(0, Sql.count("select count(*) from gateway.users where telegram_id = ?", user));
    }

    @Test
    void anUpdateIsAcceptedFastAndAnsweredThroughNotificationService() {
        long user = 710_000_000L + Updates.nextId() % 1_000_000;
        given().header(SECRET_HEADER, "test-webhook-secret").contentType("application/json")
                .body(Updates.message(Updates.nextId(), user, "/start", "es")).post("/telegram/webhook").then().statusCode(200);
        UUID id = userIdOf(user);
        var registered = OUT.awaitOne(id, UserRegistered.class);
        assertTrue(PersonalSeal.isSealed(registered.username()) && PersonalSeal.isSealed(registered.fullName()),
                "names travel sealed: " + registered);
        String key = given().header("Authorization", "Bearer " + TestCallers.token("admin-api", "bot-gateway"))
                .get("/personal-keys/" + id).then().statusCode(200).extract().path("key");
        var seal = PersonalSeal.of(Base64.getDecoder().decode(key));
        assertEquals(new UserRegistered(user, user, "ana" + user, "Ana Lopez", "es", false, false),
                new UserRegistered(registered.telegramId(), registered.chatId(), seal.open(id, registered.username()),
                        seal.open(id, registered.fullName()), registered.language(), registered.admin(), registered.operator()));
        var welcome = OUT.awaitOne(id, SendMessage.class);
        assertEquals(user, welcome.chatId());
        assertTrue(welcome.text().startsWith("👋 ¡Bienvenido a TeleKpr, Ana!"), welcome.text());
        assertEquals("menu:register", welcome.keyboard().get(0).get(0).callbackData());
    }

    @Test
    void aRepeatedUpdateIsHandledOnce() {
        long user = 720_000_000L + Updates.nextId() % 1_000_000;
        long updateId = Updates.nextId();
        String update = Updates.message(updateId, user, "/help", "en");
        for (int i = 0; i < 3; i++) {
            given().header(SECRET_HEADER, "test-webhook-secret").contentType("application/json").body(update)
                    .post("/telegram/webhook").then().statusCode(200);
        }
        UUID id = userIdOf(user);
        textsTo(id, 1);
        Await.until("every copy was consumed", () -> Sql.count("select count(*) from gateway.processed_messages where message_id = ?",
                UpdateHandling.idOf(updateId)) == 1);
        Updates.publish(user, Updates.message(Updates.nextId(), user, "/start", "en"));
        textsTo(id, 2); // a later update is answered, so the copies before it were all consumed
        assertEquals(1, OUT.of(id, UserRegistered.class).size());
        assertEquals(2, OUT.of(id, SendMessage.class).size(), "one answer to /help, one to /start");
    }
}
