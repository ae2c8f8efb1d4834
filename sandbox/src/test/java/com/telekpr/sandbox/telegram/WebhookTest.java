package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.model.WebhookInfo;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.GetWebhookInfo;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** setWebhook, deleteWebhook and getWebhookInfo through pengrad, with a real HTTP receiver on the bot's side. */
class WebhookTest extends SimulatorTestSupport {
    private static final String SECRET = "s3cr3t-Token_42";
    private WebhookReceiver receiver;
    private FakeUser eve;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
        eve = telegram.createUser("Eve", null, "eve", "en");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private WebhookInfo info() {
        return bot.execute(new GetWebhookInfo()).webhookInfo();
    }

    /** A polling loop with a deadline, for state the simulator settles on right after a webhook answer. */
    private static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    @Test
    void updatesArePostedInOrderWithTheSecretHeader() throws Exception {
        BaseResponse set = bot.execute(new SetWebhook().url(receiver.url()).secretToken(SECRET));
        assertTrue(set.isOk(), set.description());
        assertEquals("Webhook was set", set.description());
        telegram.userSays(eve, "/start");
        telegram.userSays(eve, "one");
        telegram.userSays(eve, "two");

        WebhookReceiver.Delivery first = receiver.next(5);
        assertEquals(SECRET, first.secretHeader());
        assertEquals("/start", first.text());
        assertEquals("bot_command", first.update().at("/message/entities/0/type").asText());
        assertEquals("one", receiver.next(5).text());
        assertEquals("two", receiver.next(5).text());
        eventually(() -> telegram.pendingUpdateCount() == 0, "every update confirmed by a 200");
        assertEquals(receiver.url(), info().url());
        assertEquals(40, info().maxConnections());
    }

    @Test
    void aRefusedUpdateIsRetriedBeforeTheChatsNextOne() throws Exception {
        bot.execute(new SetWebhook().url(receiver.url()));
        receiver.answerNext(500);
        telegram.userSays(eve, "first");
        telegram.userSays(eve, "second");

        WebhookReceiver.Delivery refused = receiver.next(5);
        assertEquals("first", refused.text());
        assertEquals(500, refused.answeredStatus());
        assertNull(refused.secretHeader(), "no secret set, no header");
        eventually(() -> info().lastErrorMessage() != null, "the failure recorded");
        WebhookInfo failing = info();
        assertEquals("Wrong response from the webhook: 500 Internal Server Error", failing.lastErrorMessage());
        assertTrue(failing.lastErrorDate() > 0);
        assertEquals(2, failing.pendingUpdateCount());

        WebhookReceiver.Delivery retried = receiver.next(5);
        assertEquals(refused.update().get("update_id"), retried.update().get("update_id"));
        assertEquals(200, retried.answeredStatus());
        assertEquals("second", receiver.next(5).text());
    }

    @Test
    void aChatStuckOnFailuresDoesNotHoldUpOtherChats() throws Exception {
        FakeUser finn = telegram.createUser("Finn", null, null, "en");
        receiver.refuse(update -> update.at("/message/from/id").asLong() == eve.id());
        bot.execute(new SetWebhook().url(receiver.url()).maxConnections(2));
        telegram.userSays(eve, "stuck");
        telegram.userSays(finn, "flows");

        boolean finnDelivered = false;
        for (int i = 0; i < 2 && !finnDelivered; i++) {
            finnDelivered = receiver.next(5).text().equals("flows");
        }
        assertTrue(finnDelivered);
        eventually(() -> telegram.pendingUpdateCount() == 1, "only Eve's update left");
    }

    @Test
    void getUpdatesConflictsWhileAWebhookIsSetAndWorksAgainAfterDeleteWebhook() throws Exception {
        receiver.refuse(update -> true);
        bot.execute(new SetWebhook().url(receiver.url()));
        telegram.userSays(eve, "kept while the webhook fails");
        receiver.next(5);

        GetUpdatesResponse conflict = bot.execute(new GetUpdates());
        assertEquals(409, conflict.errorCode());
        assertEquals("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
                + "webhook first", conflict.description());
        assertEquals(1, info().pendingUpdateCount());

        BaseResponse deleted = bot.execute(new DeleteWebhook());
        assertTrue(deleted.isOk());
        assertEquals("Webhook was deleted", deleted.description());
        assertEquals("", info().url());
        GetUpdatesResponse polled = bot.execute(new GetUpdates());
        assertTrue(polled.isOk(), polled.description());
        assertEquals("kept while the webhook fails", polled.updates().get(0).message().text());
    }

    @Test
    void dropPendingUpdatesForgetsThem() {
        telegram.userSays(eve, "old news");
        assertTrue(bot.execute(new SetWebhook().url(receiver.url()).dropPendingUpdates(true)).isOk());
        assertEquals(0, info().pendingUpdateCount());
        assertTrue(bot.execute(new DeleteWebhook()).isOk());
        assertEquals("Webhook is already deleted", bot.execute(new DeleteWebhook()).description());
    }

    @Test
    void badSecretsAndUrlsAreRefused() {
        BaseResponse badSecret = bot.execute(new SetWebhook().url(receiver.url()).secretToken("no spaces allowed"));
        assertEquals(400, badSecret.errorCode());
        assertEquals("Bad Request: secret token contains unallowed characters", badSecret.description());
        assertEquals(400, bot.execute(new SetWebhook().url(receiver.url()).secretToken("x".repeat(257))).errorCode());
        assertEquals(400, bot.execute(new SetWebhook().url("ftp://example.org/hook")).errorCode());
        assertFalse(bot.execute(new SetWebhook().url("not a url")).isOk());
        assertEquals("", info().url(), "nothing was set");
    }
}
