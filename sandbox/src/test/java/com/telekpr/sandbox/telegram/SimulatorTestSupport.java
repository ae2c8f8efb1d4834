package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.SendMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a simulator and the real pengrad client pointed at it, plus raw HTTP for what pengrad cannot send. */
abstract class SimulatorTestSupport {
    static final String TOKEN = "123456:sandbox-test-token";
    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http = HttpClient.newHttpClient();
    TelegramSimulator telegram;
    TelegramBot bot;

    /** The limits the test class runs with; the real ones unless a class says otherwise. */
    TelegramLimits limits() {
        return TelegramLimits.telegram();
    }

    @BeforeEach
    void startSimulator() {
        telegram = TelegramSimulator.start(0, TOKEN, limits());
        bot = new TelegramBot.Builder(TOKEN).apiUrl(telegram.apiUrl()).build();
    }

    @AfterEach
    void stopSimulator() {
        bot.shutdown();
        telegram.close();
    }

    /**
     * A callback query id issued the only way Telegram issues one: the bot sends a fake user a button and the user
     * presses it. Uses a chat of its own, so the caller's chats keep their message ids and rate budgets.
     */
    String pressAButton() {
        FakeUser presser = telegram.createUser("Presser", null, null, "en");
        var markup = new InlineKeyboardMarkup(new InlineKeyboardButton("OK").callbackData("ok"));
        int messageId = bot.execute(new SendMessage(presser.chatId(), "Press me").replyMarkup(markup)).message()
                .messageId();
        return telegram.userPresses(presser, messageId, "ok");
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode controlGet(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/control/telegram" + path)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    int controlPost(String path, String json) throws Exception {
        return post("/control/telegram" + path, "application/json", json).statusCode();
    }
}
