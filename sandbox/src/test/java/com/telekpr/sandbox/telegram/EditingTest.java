package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ReplyParameters;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.DeleteMessage;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.SendResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** editMessageText, editMessageReplyMarkup, replies, deleteMessage and answerCallbackQuery through pengrad. */
class EditingTest extends SimulatorTestSupport {
    private static final long CHAT = 7L;
    private static final InlineKeyboardMarkup CONFIRM =
            new InlineKeyboardMarkup(new InlineKeyboardButton("Confirm").callbackData("confirm:9"));

    private int send(String text) {
        return bot.execute(new SendMessage(CHAT, text).replyMarkup(CONFIRM)).message().messageId();
    }

    @Test
    void anEditChangesTheMessageAndIsKeptInTheHistory() {
        int id = send("Order #9: waiting for payment");
        var edited = bot.execute(new EditMessageText(CHAT, id, "Order #9: paid"));

        assertTrue(edited.isOk(), edited.description());
        assertEquals("Order #9: paid", telegram.current(CHAT, id).orElseThrow().text());
        assertTrue(telegram.current(CHAT, id).orElseThrow().keyboard().isEmpty(), "an edit without markup drops it");
        assertEquals("Order #9: waiting for payment", telegram.messages(CHAT).get(0).text(), "received as sent");
        List<MessageEdit> edits = telegram.edits(CHAT);
        assertEquals(1, edits.size());
        assertEquals("Order #9: waiting for payment", edits.get(0).previousText());
        assertEquals("Order #9: paid", edits.get(0).text());
    }

    @Test
    void theEditAnswersTheEditedMessage() throws Exception {
        int id = send("Order #9");
        var response = post("/bot" + TOKEN + "/editMessageText", "application/json",
                "{\"chat_id\":" + CHAT + ",\"message_id\":" + id + ",\"text\":\"Order #9 shipped\"}");
        JsonNode result = JSON.readTree(response.body()).path("result");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Order #9 shipped", result.path("text").asText());
        assertEquals(id, result.path("message_id").asInt());
        assertTrue(result.has("edit_date"));
    }

    @Test
    void anIdenticalEditIsNotModified() {
        int id = send("Order #9");
        BaseResponse same = bot.execute(new EditMessageText(CHAT, id, "Order #9").replyMarkup(CONFIRM));

        assertEquals(400, same.errorCode());
        assertEquals("Bad Request: message is not modified: specified new message content and reply markup are exactly "
                + "the same as a current content and reply markup of the message", same.description());
        assertTrue(bot.execute(new EditMessageText(CHAT, id, "Order #9")).isOk(), "dropping the keyboard is a change");
        assertEquals(1, telegram.edits(CHAT).size());
    }

    @Test
    void onlyTheBotsOwnTextMessagesInThatChatCanBeEdited() {
        int id = send("Order #9");
        assertEquals("Bad Request: message to edit not found",
                bot.execute(new EditMessageText(CHAT, id + 1, "x")).description());
        assertEquals("Bad Request: message to edit not found",
                bot.execute(new EditMessageText(CHAT + 1, id, "x")).description());
        int document = bot.execute(new SendDocument(CHAT, new byte[] {1}).fileName("a.bin")).message().messageId();
        assertEquals("Bad Request: there is no text in the message to edit",
                bot.execute(new EditMessageText(CHAT, document, "x")).description());
        assertEquals("Bad Request: message is too long",
                bot.execute(new EditMessageText(CHAT, id, "x".repeat(4097))).description());
    }

    @Test
    void callbackAnswersAreRecorded() {
        String first = pressAButton();
        BaseResponse answered = bot.execute(new AnswerCallbackQuery(first).text("Paid!").showAlert(true));
        assertTrue(answered.isOk(), answered.description());
        assertEquals(List.of(first), telegram.callbackAnswers().stream().map(CallbackAnswer::callbackQueryId).toList());
        assertEquals("Paid!", telegram.callbackAnswers().get(0).text());
        assertTrue(telegram.callbackAnswers().get(0).showAlert());

        BaseResponse tooLong = bot.execute(new AnswerCallbackQuery(pressAButton()).text("t".repeat(201)));
        assertEquals("Bad Request: MESSAGE_TOO_LONG", tooLong.description());
        BaseResponse noId = bot.execute(new AnswerCallbackQuery(""));
        assertEquals("Bad Request: query is too old and response timeout expired or query ID is invalid",
                noId.description());
        assertEquals(1, telegram.callbackAnswers().size());
    }

    @Test
    void theServicesClientEditsTheMarkupRepliesAndDeletes() {
        int id = send("Order #9");
        var track = new InlineKeyboardMarkup(new InlineKeyboardButton("Track").callbackData("track:9"));
        BaseResponse edited = bot.execute(new EditMessageReplyMarkup(CHAT, id).replyMarkup(track));
        assertTrue(edited.isOk(), edited.description());
        assertEquals("track:9", telegram.current(CHAT, id).orElseThrow().keyboard().get(0).get(0).callbackData());
        assertEquals("Order #9", telegram.current(CHAT, id).orElseThrow().text(), "only the keyboard changed");

        SendResponse reply = bot.execute(new SendMessage(CHAT, "Shipped").replyParameters(new ReplyParameters(id)));
        assertTrue(reply.isOk(), reply.description());
        assertEquals(id, reply.message().replyToMessage().messageId());

        assertTrue(bot.execute(new DeleteMessage(CHAT, id)).isOk());
        assertTrue(telegram.isDeleted(CHAT, id));
        assertEquals("Bad Request: message to delete not found", bot.execute(new DeleteMessage(CHAT, id)).description());
        assertEquals("Bad Request: message to edit not found",
                bot.execute(new EditMessageReplyMarkup(CHAT, id).replyMarkup(CONFIRM)).description());
    }
}
