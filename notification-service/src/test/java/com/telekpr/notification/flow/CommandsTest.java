package com.telekpr.notification.flow;

import static com.telekpr.notification.AsCaller.asStaffAdmin;
import static com.telekpr.notification.flow.NotificationTraffic.DELIVERY_EVENTS;
import static com.telekpr.notification.flow.NotificationTraffic.received;
import static com.telekpr.notification.flow.NotificationTraffic.register;
import static com.telekpr.notification.flow.NotificationTraffic.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.Button;
import com.telekpr.events.DeliveryEvent.MessageDelivered;
import com.telekpr.events.DeliveryEvent.MessageFailed;
import com.telekpr.events.NotificationCommand.AnswerCallback;
import com.telekpr.events.NotificationCommand.EditMessage;
import com.telekpr.events.NotificationCommand.SendDocument;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.sandbox.telegram.FakeUser;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class CommandsTest {

    @Test
    void aMessageWithButtonsIsSentAndItsDeliveryReported() {
        var user = register("en", false);
        var keyboard = List.of(List.of(Button.callback("Yes", "confirm:1"), Button.link("Site", "https://telekpr.example")));
        var command = send(user.id(), new SendMessage(user.chatId(), "Confirm?", keyboard));

        var message = received(user.chatId(), 1).get(0);
        assertEquals("Confirm?", message.text());
        assertEquals("confirm:1", message.keyboard().get(0).get(0).callbackData());
        assertEquals("https://telekpr.example", message.keyboard().get(0).get(1).url());
        var delivered = DELIVERY_EVENTS.awaitOne(user.id(), MessageDelivered.class);
        assertEquals(new MessageDelivered(command.id(), user.chatId(), message.messageId()), delivered);
        assertEquals(command.correlationId(), DELIVERY_EVENTS.envelopesOf(user.id()).stream()
                .filter(e -> e.data() instanceof MessageDelivered).findFirst().orElseThrow().correlationId());
        asStaffAdmin().queryParam("chatId", user.chatId()).get("/messages").then().statusCode(200)
                .body("[0].status", equalTo("sent")).body("[0].attempts", equalTo(1))
                .body("[0].telegramMessageId", equalTo((int) message.messageId()));
    }

    @Test
    void editsCallbackAnswersAndDocumentsReachTelegram() {
        var user = register("en", false);
        send(user.id(), new SendMessage(user.chatId(), "Step 1", List.of()));
        long messageId = received(user.chatId(), 1).get(0).messageId();
        send(user.id(), new EditMessage(user.chatId(), messageId, "Step 2", List.of(List.of(Button.callback("Next", "n")))));
        Await.until("the edit", () -> TelegramSandbox.telegram.current(user.chatId(), messageId)
                .map(current -> current.text().equals("Step 2")).orElse(false));
        var person = TelegramSandbox.telegram.addUser(new FakeUser(user.chatId(), "Ana", null, "ana", "en"));
        String queryId = TelegramSandbox.telegram.userPresses(person, messageId, "n");
        send(user.id(), new AnswerCallback(queryId, "Saved", false));
        byte[] csv = "id,name\n1,Ana\n".getBytes(StandardCharsets.UTF_8);
        send(user.id(), new SendDocument(user.chatId(), "customers.csv", Base64.getEncoder().encodeToString(csv), "Export"));

        Await.until("the callback answer", () -> TelegramSandbox.telegram.callbackAnswers().stream()
                .anyMatch(answer -> answer.callbackQueryId().equals(queryId) && answer.text().equals("Saved")));
        var document = received(user.chatId(), 2).get(1);
        assertEquals("customers.csv", document.fileName());
        assertEquals("Export", document.caption());
        assertEquals(csv.length, document.fileSize());
    }

    @Test
    void aTextOverTelegramsLimitArrivesAsSeveralMessagesInOrder() {
        var user = register("en", false);
        String first = "A".repeat(4000);
        String second = "B".repeat(4000);
        String third = "C".repeat(500);
        var keyboard = List.of(List.of(Button.callback("OK", "ok")));
        send(user.id(), new SendMessage(user.chatId(), first + "\n\n" + second + "\n\n" + third, keyboard));

        var messages = received(user.chatId(), 3);
        assertEquals(List.of(first, second, third), messages.stream().map(m -> m.text()).toList());
        assertTrue(messages.get(0).keyboard().isEmpty());
        assertEquals("ok", messages.get(2).keyboard().get(0).get(0).callbackData());
    }

    @Test
    void aRequestTelegramRefusesFailsAtOnceWithItsReason() {
        var user = register("en", false);
        var bad = send(user.id(), new SendMessage(user.chatId(), "Bad button", List.of(List.of(
                Button.callback("x", "x".repeat(65))))));
        var failed = DELIVERY_EVENTS.awaitOne(user.id(), MessageFailed.class);
        assertEquals(bad.id(), failed.commandId());
        assertTrue(failed.error().contains("BUTTON_DATA_INVALID"), failed.error());
        asStaffAdmin().queryParam("chatId", user.chatId()).get("/messages").then().body("[0].status", equalTo("failed"))
                .body("[0].attempts", equalTo(1));
    }

    @Test
    void theMessageLogRefusesMalformedFilters() {
        asStaffAdmin().queryParam("chatId", "twelve").get("/messages").then().statusCode(400).body("field", equalTo("chatId"));
        asStaffAdmin().queryParam("status", "lost").get("/messages").then().statusCode(400).body("field", equalTo("status"));
        asStaffAdmin().queryParam("size", "1000").get("/messages").then().statusCode(400).body("field", equalTo("size"));
        asStaffAdmin().queryParam("page", Integer.MAX_VALUE).get("/messages").then().statusCode(400).body("field", equalTo("page"));
    }
}
