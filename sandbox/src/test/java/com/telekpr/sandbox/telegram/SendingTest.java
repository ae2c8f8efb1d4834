package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.MessageEntity;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.SendResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sendMessage, sendDocument and getMe through pengrad, with Telegram's checks and answers. */
class SendingTest extends SimulatorTestSupport {
    private static final long CHAT = 42L;

    private static InlineKeyboardMarkup keyboard(String callbackData) {
        return new InlineKeyboardMarkup(
                new InlineKeyboardButton[] {new InlineKeyboardButton("Pay").callbackData(callbackData)},
                new InlineKeyboardButton[] {new InlineKeyboardButton("Help").url("https://example.org/help")});
    }

    @Test
    void aMessageWithAnInlineKeyboardArrivesWithIdsCountingUpPerChat() {
        SendResponse first = bot.execute(new SendMessage(CHAT, "<b>Order</b> #1").parseMode(ParseMode.HTML)
                .replyMarkup(keyboard("pay:1")));
        SendResponse second = bot.execute(new SendMessage(CHAT, "second"));
        SendResponse elsewhere = bot.execute(new SendMessage(-100L, "to a group"));

        assertTrue(first.isOk(), first.description());
        assertEquals(1, first.message().messageId());
        assertEquals(2, second.message().messageId());
        assertEquals(1, elsewhere.message().messageId());
        assertEquals(Chat.Type.Private, first.message().chat().type());
        assertEquals(Chat.Type.group, elsewhere.message().chat().type());
        assertTrue(first.message().from().isBot());
        assertEquals("pay:1", first.message().replyMarkup().inlineKeyboard()[0][0].callbackData());

        assertEquals("Order #1", first.message().text(), "the chat shows the text without its markup");
        assertEquals(1, first.message().entities().length);
        assertEquals(MessageEntity.Type.bold, first.message().entities()[0].type());
        assertEquals(0, first.message().entities()[0].offset());
        assertEquals(5, first.message().entities()[0].length());

        List<SentMessage> received = telegram.messages(CHAT);
        assertEquals(List.of("Order #1", "second"), received.stream().map(SentMessage::text).toList());
        assertEquals("HTML", received.get(0).parseMode());
        assertEquals(List.of(TextEntity.of("bold", 0, 5)), received.get(0).entities());
        assertTrue(received.get(1).entities().isEmpty());
        assertEquals(List.of(List.of(new Button("Pay", "pay:1", null)),
                List.of(new Button("Help", null, "https://example.org/help"))), received.get(0).keyboard());
        assertEquals(3, telegram.allMessages().size());
    }

    @Test
    void textMustBeOneTo4096Characters() {
        assertTrue(bot.execute(new SendMessage(CHAT, "x".repeat(4096))).isOk());
        SendResponse tooLong = bot.execute(new SendMessage(CHAT, "x".repeat(4097)));
        assertEquals(400, tooLong.errorCode());
        assertEquals("Bad Request: message is too long", tooLong.description());
        assertEquals("Bad Request: message text is empty", bot.execute(new SendMessage(CHAT, "")).description());
        assertEquals("Bad Request: text must be non-empty", bot.execute(new SendMessage(CHAT, " \n ")).description(),
                "Telegram trims the text first: nothing but whitespace is no text");
        assertEquals(1, telegram.messages(CHAT).size(), "refused messages are not received");
    }

    @Test
    void callbackDataIsLimitedTo64BytesNotCharacters() {
        SendResponse tooLong = bot.execute(new SendMessage(CHAT, "pay").replyMarkup(keyboard("d".repeat(65))));
        assertEquals(400, tooLong.errorCode());
        assertEquals("Bad Request: BUTTON_DATA_INVALID", tooLong.description());
        String twoBytesEach = "é".repeat(33); // 33 characters, 66 bytes
        assertEquals(66, twoBytesEach.getBytes(StandardCharsets.UTF_8).length);
        assertEquals("Bad Request: BUTTON_DATA_INVALID",
                bot.execute(new SendMessage(CHAT, "pay").replyMarkup(keyboard(twoBytesEach))).description());
        assertTrue(bot.execute(new SendMessage(CHAT, "pay").replyMarkup(keyboard("é".repeat(32)))).isOk());
    }

    @Test
    void buttonUrlsMustBeWebOrTelegramLinks() {
        var markup = new InlineKeyboardMarkup(new InlineKeyboardButton("Open").url("ftp://example.org/x"));
        SendResponse refused = bot.execute(new SendMessage(CHAT, "open").replyMarkup(markup));
        assertEquals("Bad Request: inline keyboard button URL 'ftp://example.org/x' is invalid", refused.description());
        var tg = new InlineKeyboardMarkup(new InlineKeyboardButton("Chat").url("tg://resolve?domain=telekpr"));
        assertTrue(bot.execute(new SendMessage(CHAT, "open").replyMarkup(tg)).isOk());
    }

    @Test
    void chatIdsMustBeNumbersTheSandboxCanResolve() {
        SendResponse unknown = bot.execute(new SendMessage("@somechannel", "hi"));
        assertEquals(400, unknown.errorCode());
        assertEquals("Bad Request: chat not found", unknown.description());
    }

    @Test
    void aDocumentUploadIsRecordedWithNameSizeAndContent() {
        byte[] csv = "id,amount\n1,50.00\n".getBytes(StandardCharsets.UTF_8);
        SendResponse sent = bot.execute(new SendDocument(CHAT, csv).fileName("orders.csv").caption("Your orders"));

        assertTrue(sent.isOk(), sent.description());
        assertEquals("orders.csv", sent.message().document().fileName());
        assertEquals(csv.length, sent.message().document().fileSize());
        assertEquals("text/csv", sent.message().document().mimeType());
        assertEquals("Your orders", sent.message().caption());
        SentMessage received = telegram.messages(CHAT).get(0);
        assertEquals("sendDocument", received.method());
        assertEquals("orders.csv", received.fileName());
        assertEquals(csv.length, received.fileSize());
        assertEquals("id,amount\n1,50.00\n", new String(received.fileContent(), StandardCharsets.UTF_8));
        assertNull(received.text());

        SendResponse longCaption = bot.execute(new SendDocument(CHAT, csv).fileName("x.csv").caption("c".repeat(1025)));
        assertEquals("Bad Request: message caption is too long", longCaption.description());
    }

    @Test
    void aDocumentRequestWithoutAFileIsRefused() throws Exception {
        var response = post("/bot" + TOKEN + "/sendDocument", "application/json", "{\"chat_id\":42}");
        assertEquals(400, response.statusCode());
        assertEquals("Bad Request: there is no document in the request",
                JSON.readTree(response.body()).path("description").asText());
    }

    @Test
    void getMeAnswersTheBotNamedByTheToken() {
        var me = bot.execute(new GetMe());
        assertTrue(me.isOk());
        assertEquals(123456L, me.user().id());
        assertTrue(me.user().isBot());
        assertFalse(me.user().username().isEmpty());
    }
}
