package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Button presses and answerCallbackQuery: only ids Telegram issued, each answered once. */
class CallbackQueryTest extends SimulatorTestSupport {
    private static final String INVALID = "Bad Request: query is too old and response timeout expired or query ID "
            + "is invalid";

    @Test
    void anIssuedQueryCanBeAnsweredOnceAndUnknownOnesNever() {
        String id = pressAButton();
        assertTrue(bot.execute(new AnswerCallbackQuery(id).text("Done")).isOk());

        BaseResponse again = bot.execute(new AnswerCallbackQuery(id));
        assertEquals(400, again.errorCode());
        assertEquals(INVALID, again.description());
        BaseResponse unknown = bot.execute(new AnswerCallbackQuery("4242424242"));
        assertEquals(400, unknown.errorCode());
        assertEquals(INVALID, unknown.description());
        assertEquals(1, telegram.callbackAnswers().size());
    }

    @Test
    void everyPressGetsAFreshIdAndOnlyKeyboardDataUnlessForged() {
        FakeUser gil = telegram.createUser("Gil", null, null, "en");
        var markup = new InlineKeyboardMarkup(new InlineKeyboardButton("Buy").callbackData("buy:1"));
        int id = bot.execute(new SendMessage(gil.chatId(), "Offer").replyMarkup(markup)).message().messageId();

        assertNotEquals(telegram.userPresses(gil, id, "buy:1"), telegram.userPresses(gil, id, "buy:1"));
        assertThrows(IllegalArgumentException.class, () -> telegram.userPresses(gil, id, "buy:999"));
        String forged = telegram.userPressesRaw(gil, id, "buy:999");
        assertEquals("buy:999", telegram.pendingUpdates().get(2).at("/callback_query/data").asText());
        assertTrue(bot.execute(new AnswerCallbackQuery(forged)).isOk());
        assertThrows(NoSuchElementException.class, () -> telegram.userPresses(gil, id + 1, "buy:1"));

        bot.execute(new EditMessageText(gil.chatId(), id, "Sold out"));
        assertThrows(IllegalArgumentException.class, () -> telegram.userPresses(gil, id, "buy:1"),
                "the edit removed the keyboard");
    }

    @Test
    void pressesWorkOverTheControlApi() throws Exception {
        assertEquals(200, post("/control/telegram/users", "application/json",
                "{\"id\":4100,\"firstName\":\"Hana\",\"languageCode\":\"es\"}").statusCode());
        var markup = new InlineKeyboardMarkup(new InlineKeyboardButton("Yes").callbackData("yes"));
        int id = bot.execute(new SendMessage(4100L, "Sure?").replyMarkup(markup)).message().messageId();

        var pressed = post("/control/telegram/users/4100/presses", "application/json",
                "{\"messageId\":" + id + ",\"callbackData\":\"yes\"}");
        assertEquals(200, pressed.statusCode());
        String queryId = JSON.readTree(pressed.body()).path("callbackQueryId").asText();
        assertTrue(bot.execute(new AnswerCallbackQuery(queryId)).isOk());
        assertEquals(400, post("/control/telegram/users/4100/presses", "application/json",
                "{\"messageId\":" + id + ",\"callbackData\":\"no\"}").statusCode());
        assertEquals(200, post("/control/telegram/users/4100/presses", "application/json",
                "{\"messageId\":" + id + ",\"callbackData\":\"no\",\"forged\":true}").statusCode());
        assertEquals(404, post("/control/telegram/users/4999/presses", "application/json",
                "{\"messageId\":1,\"callbackData\":\"yes\"}").statusCode());
    }
}
