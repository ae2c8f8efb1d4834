package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The browser chat page and the control routes it runs on. */
class ChatPageTest extends SimulatorTestSupport {

    @Test
    void theChatPageIsServedSelfContained() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/chat")).GET().build();
        HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<title>TeleKpr — Telegram sandbox</title>"));
        assertTrue(page.body().contains("name=\"viewport\""));
        assertFalse(page.body().contains("src=\"http"), "no external scripts");
        assertFalse(page.body().contains("innerHTML"), "text reaches the page only as text");
    }

    @Test
    void theHistoryHasBothSidesAndOnlyWhatChangedSinceAVersion() throws Exception {
        var created = post("/control/telegram/users", "application/json",
                "{\"firstName\":\"Iris\",\"username\":\"iris\",\"languageCode\":\"en\"}");
        assertEquals(200, created.statusCode());
        long userId = JSON.readTree(created.body()).path("id").asLong();
        assertEquals(userId, controlGet("/users").at("/0/id").asLong());

        assertEquals(200, post("/control/telegram/users/" + userId + "/messages", "application/json",
                "{\"text\":\"<b>/start</b>\"}").statusCode());
        var markup = new InlineKeyboardMarkup(new InlineKeyboardButton("Buy").callbackData("buy"),
                new InlineKeyboardButton("Docs").url("https://example.org/docs"));
        int reply = bot.execute(new SendMessage(userId, "Welcome, Iris").replyMarkup(markup)).message().messageId();

        JsonNode history = controlGet("/chats/" + userId + "/history?after=0");
        JsonNode entries = history.path("entries");
        assertEquals(2, entries.size());
        assertEquals("user", entries.at("/0/from").asText());
        assertEquals("<b>/start</b>", entries.at("/0/text").asText(), "kept as typed; the page escapes it");
        assertEquals("bot", entries.at("/1/from").asText());
        assertEquals(reply, entries.at("/1/messageId").asInt());
        assertEquals("buy", entries.at("/1/keyboard/0/0/callbackData").asText());
        assertEquals("https://example.org/docs", entries.at("/1/keyboard/0/1/url").asText());

        long version = history.path("version").asLong();
        assertEquals(0, controlGet("/chats/" + userId + "/history?after=" + version).path("entries").size());
        bot.execute(new EditMessageText(userId, reply, "Welcome back, Iris"));
        JsonNode changed = controlGet("/chats/" + userId + "/history?after=" + version).path("entries");
        assertEquals(1, changed.size());
        assertEquals("Welcome back, Iris", changed.at("/0/text").asText());
        assertTrue(changed.at("/0/edited").asBoolean());
        assertEquals(1, telegram.userMessages(userId).size());
        assertEquals(1, telegram.messages(userId).size(), "the bot's list holds only what the bot sent");
    }

    @Test
    void aVersionFromBeforeAResetGetsTheWholeNewChat() throws Exception {
        FakeUser kim = telegram.createUser("Kim", null, null, "en");
        telegram.userSays(kim, "a");
        telegram.userSays(kim, "b");
        long stale = telegram.history(kim.chatId(), 0).version();
        telegram.reset();
        telegram.userSays(kim, "after the reset");

        JsonNode history = controlGet("/chats/" + kim.chatId() + "/history?after=" + stale);
        assertTrue(history.path("version").asLong() < stale, "the page sees the version go down and starts over");
        assertEquals("after the reset", history.at("/entries/0/text").asText());
    }

    @Test
    void aBotCannotEditWhatTheUserWrote() {
        FakeUser jon = telegram.createUser("Jon", null, null, "en");
        long id = telegram.userSays(jon, "mine");
        assertEquals("Bad Request: message can't be edited",
                bot.execute(new EditMessageText(jon.chatId(), (int) id, "yours")).description());
    }
}
