package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.SendResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The control API over HTTP, and reset through both doors. */
class ControlTest extends SimulatorTestSupport {

    @Test
    void whatAChatReceivedIsReadableOverHttp() throws Exception {
        var markup = new InlineKeyboardMarkup(new InlineKeyboardButton("Pay").callbackData("pay:3"));
        int id = bot.execute(new SendMessage(31L, "Invoice").replyMarkup(markup)).message().messageId();
        String cbq = telegram.userPresses(telegram.addUser(new FakeUser(31L, "Ana", null, null, "en")), id, "pay:3");
        bot.execute(new EditMessageText(31L, id, "Invoice paid"));
        bot.execute(new AnswerCallbackQuery(cbq).text("ok"));

        JsonNode messages = controlGet("/chats/31/messages");
        assertEquals(1, messages.size());
        assertEquals("Invoice", messages.at("/0/text").asText());
        assertEquals("pay:3", messages.at("/0/keyboard/0/0/callbackData").asText());
        assertEquals("sendMessage", messages.at("/0/method").asText());
        assertEquals("Invoice paid", controlGet("/chats/31/messages/" + id).path("text").asText());
        assertEquals("Invoice", controlGet("/chats/31/edits").at("/0/previousText").asText());
        assertEquals(1, controlGet("/messages").size());
        assertEquals(1, controlGet("/edits").size());
        assertEquals(cbq, controlGet("/callback-answers").at("/0/callbackQueryId").asText());

        JsonNode counts = controlGet("/counts");
        assertEquals(3, counts.path("accepted").asLong());
        assertEquals(1, counts.at("/acceptedByMethod/editMessageText").asLong());
        assertEquals(2, controlGet("/max-in-window?windowMillis=60000&chatId=31").path("max").asInt());
        assertEquals(2, controlGet("/max-in-window?windowMillis=60000").path("max").asInt());
    }

    @Test
    void blocksFailuresAndLimitsCanBeSetOverHttp() throws Exception {
        assertEquals(204, controlPost("/chats/8/block", ""));
        assertEquals(403, bot.execute(new SendMessage(8L, "x")).errorCode());
        assertEquals(204, controlPost("/chats/8/unblock", ""));

        assertEquals(204, controlPost("/fail-next", "{\"count\":1,\"httpStatus\":429,\"retryAfter\":4}"));
        SendResponse forced = bot.execute(new SendMessage(8L, "y"));
        assertEquals(4, forced.parameters().retryAfter());
        assertEquals(204, controlPost("/chats/8/fail", "{\"count\":1,\"httpStatus\":500}"));
        assertEquals(500, bot.execute(new SendMessage(8L, "z")).errorCode());

        assertEquals(204, controlPost("/limits", "{\"perChatBurst\":1}"));
        assertEquals(1, telegram.limits().perChatBurst());
        assertEquals(30.0, controlGet("/limits").path("globalPerSecond").asDouble());
        assertTrue(bot.execute(new SendMessage(8L, "first")).isOk());
        assertEquals(429, bot.execute(new SendMessage(8L, "second")).errorCode());

        assertEquals(400, controlPost("/limits", "{\"perChatBurst\":0}"));
        assertEquals(404, controlPost("/launch-rockets", "{}"));
    }

    @Test
    void resetForgetsEverythingButTheLimits() throws Exception {
        bot.execute(new SendMessage(9L, "a"));
        assertTrue(bot.execute(new AnswerCallbackQuery(pressAButton())).isOk());
        telegram.block(10L);
        telegram.failNext(5, 500, 0);
        telegram.reset();

        assertTrue(telegram.allMessages().isEmpty());
        assertTrue(telegram.callbackAnswers().isEmpty());
        assertEquals(0, telegram.counts().accepted());
        assertTrue(bot.execute(new SendMessage(10L, "unblocked, no failure left")).isOk());
        assertEquals(1, bot.execute(new SendMessage(9L, "ids start again")).message().messageId());

        assertEquals(204, controlPost("/reset", ""));
        assertEquals(0, controlGet("/messages").size());
        assertEquals(0, telegram.maxInAnyWindow(Duration.ofSeconds(1)));
        assertEquals(TelegramLimits.telegram(), telegram.limits());
    }

    @Test
    void awaitMessagesReturnsOnceTheMessagesArrived() throws Exception {
        Thread sender = new Thread(() -> bot.execute(new SendMessage(77L, "later")));
        sender.start();
        assertEquals("later", telegram.awaitMessages(77L, 1, Duration.ofSeconds(10)).get(0).text());
        sender.join();
    }
}
