package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import org.junit.jupiter.api.Test;

/** Tokens, method names, body encodings and blocked users, answered as Telegram answers them. */
class AccessTest extends SimulatorTestSupport {

    @Test
    void aWrongTokenIsUnauthorized() {
        TelegramBot stranger = new TelegramBot.Builder("999:wrong").apiUrl(telegram.apiUrl()).build();
        try {
            BaseResponse refused = stranger.execute(new GetMe());
            assertEquals(401, refused.errorCode());
            assertEquals("Unauthorized", refused.description());
        } finally {
            stranger.shutdown();
        }
    }

    @Test
    void anUnknownMethodIsNotFoundAndNamesIgnoreCase() throws Exception {
        var unknown = post("/bot" + TOKEN + "/sendCarrierPigeon", "application/json", "{}");
        assertEquals(404, unknown.statusCode());
        assertEquals("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}", unknown.body());

        var lowerCase = post("/bot" + TOKEN + "/sendmessage", "application/json", "{\"chat_id\":5,\"text\":\"hi\"}");
        assertEquals(200, lowerCase.statusCode());
        assertEquals("hi", JSON.readTree(lowerCase.body()).at("/result/text").asText());
    }

    @Test
    void jsonAndFormBodiesAreBothAccepted() throws Exception {
        String markup = "{\"inline_keyboard\":[[{\"text\":\"Go\",\"callback_data\":\"go\"}]]}";
        var json = post("/bot" + TOKEN + "/sendMessage", "application/json",
                "{\"chat_id\":5,\"text\":\"json\",\"reply_markup\":" + markup + "}");
        var form = post("/bot" + TOKEN + "/sendMessage", "application/x-www-form-urlencoded",
                "chat_id=5&text=form+%C3%A9&reply_markup=" + java.net.URLEncoder.encode(markup, "UTF-8"));

        JsonNode jsonResult = JSON.readTree(json.body());
        assertTrue(jsonResult.path("ok").asBoolean(), json.body());
        assertEquals("go", jsonResult.at("/result/reply_markup/inline_keyboard/0/0/callback_data").asText());
        assertEquals(200, form.statusCode(), form.body());
        assertEquals("form é", telegram.messages(5).get(1).text());
        assertEquals(new Button("Go", "go", null), telegram.messages(5).get(1).keyboard().get(0).get(0));
    }

    @Test
    void aBlockedUserRefusesSendsAndEditsUntilUnblocked() {
        int id = bot.execute(new SendMessage(11L, "before")).message().messageId();
        telegram.block(11L);

        BaseResponse send = bot.execute(new SendMessage(11L, "hello?"));
        assertEquals(403, send.errorCode());
        assertEquals("Forbidden: bot was blocked by the user", send.description());
        assertEquals(403, bot.execute(new EditMessageText(11L, id, "edited")).errorCode());
        assertTrue(bot.execute(new SendMessage(12L, "others still get theirs")).isOk());

        telegram.unblock(11L);
        assertTrue(bot.execute(new SendMessage(11L, "after")).isOk());
        assertEquals(2, telegram.messages(11L).size());
        assertEquals(2L, telegram.counts().refusedByStatus().get(403));
    }
}
