package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pengrad.telegrambot.TelegramBot;
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
