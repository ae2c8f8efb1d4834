package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The simulator driven by a second Telegram client written independently of the one the services use: rubenlagus'
 * TelegramBots (OkHttpTelegramClient), pointed at the sandbox with a TelegramUrl. Whatever it sends and however it
 * reads the answers (its own JSON model, its own error handling), the simulator must satisfy it as Telegram does.
 */
class IndependentClientFidelityTest extends SimulatorTestSupport {
    private static final long CHAT = 4242L;
    private static final String CHAT_ID = Long.toString(CHAT);

    private OkHttpClient okHttp;
    private OkHttpTelegramClient client;

    /** Flood control is tested elsewhere; here it would only slow the sends down. */
    @Override
    TelegramLimits limits() {
        return TelegramLimits.unlimited();
    }

    @BeforeEach
    void startIndependentClient() {
        URI base = URI.create(telegram.baseUrl());
        okHttp = new OkHttpClient();
        client = new OkHttpTelegramClient(okHttp, TOKEN, new TelegramUrl("http", base.getHost(), base.getPort(), false));
    }

    @AfterEach
    void stopIndependentClient() {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
    }

    private static SendMessage message(String text, String parseMode) {
        SendMessage message = new SendMessage(CHAT_ID, text);
        message.setParseMode(parseMode);
        return message;
    }

    private static InlineKeyboardMarkup keyboard(String text, String callbackData) {
        InlineKeyboardButton button = new InlineKeyboardButton(text);
        button.setCallbackData(callbackData);
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(button)));
    }

    private static void assertEntity(String type, int offset, int length, String text, MessageEntity entity) {
        assertEquals(type, entity.getType());
        assertEquals(offset, entity.getOffset());
        assertEquals(length, entity.getLength());
        assertEquals(text, entity.getText(), "the client's own substring of the message text");
    }

    private static TelegramApiRequestException refused(ThrowingCall call) {
        return assertThrows(TelegramApiRequestException.class, call::run);
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void htmlIsTakenOutOfTheTextAndComesBackAsEntities() throws Exception {
        Message sent = client.execute(message("🎉 <b>Order #7</b> is <i>paid</i>: "
                + "<a href=\"https://example.org/o/7\">details</a> <code>x&lt;1</code>", ParseMode.HTML));

        assertEquals("🎉 Order #7 is paid: details x<1", sent.getText());
        List<MessageEntity> entities = sent.getEntities();
        assertEquals(4, entities.size(), entities.toString());
        assertEntity("bold", 3, 8, "Order #7", entities.get(0));
        assertEntity("italic", 15, 4, "paid", entities.get(1));
        assertEntity("text_link", 21, 7, "details", entities.get(2));
        assertEquals("https://example.org/o/7", entities.get(2).getUrl());
        assertEntity("code", 29, 3, "x<1", entities.get(3));

        SentMessage stored = telegram.messages(CHAT).get(0);
        assertEquals("🎉 Order #7 is paid: details x<1", stored.text(), "stored as the chat shows it");
        assertEquals(TextEntity.of("bold", 3, 8), stored.entities().get(0));
    }

    @Test
    void markdownV2IsTakenOutOfTheTextAndComesBackAsEntities() throws Exception {
        Message sent = client.execute(message("*Total:* 12\\.50 USD, __due today__ ~old~ ||spoiler|| "
                + "[pay](https://pay.example.com/i?id=1)", ParseMode.MARKDOWNV2));

        assertEquals("Total: 12.50 USD, due today old spoiler pay", sent.getText());
        List<MessageEntity> entities = sent.getEntities();
        assertEquals(5, entities.size(), entities.toString());
        assertEntity("bold", 0, 6, "Total:", entities.get(0));
        assertEntity("underline", 18, 9, "due today", entities.get(1));
        assertEntity("strikethrough", 28, 3, "old", entities.get(2));
        assertEntity("spoiler", 32, 7, "spoiler", entities.get(3));
        assertEntity("text_link", 40, 3, "pay", entities.get(4));
        assertEquals("https://pay.example.com/i?id=1", entities.get(4).getUrl());
        assertEquals("Total: 12.50 USD, due today old spoiler pay", telegram.messages(CHAT).get(0).text());
    }

    @Test
    void brokenMarkupIsRefusedLikeTelegramRefusesIt() {
        TelegramApiRequestException html = refused(() -> client.execute(message("<b>unclosed", ParseMode.HTML)));
        assertEquals(400, html.getErrorCode());
        assertEquals("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
                html.getApiResponse());

        TelegramApiRequestException markdown = refused(() -> client.execute(message("1.5 *bold*", ParseMode.MARKDOWNV2)));
        assertEquals(400, markdown.getErrorCode());
        assertEquals("Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the "
                + "preceding '\\'", markdown.getApiResponse());
        assertTrue(telegram.messages(CHAT).isEmpty(), "refused messages reach no chat");
    }

    @Test
    void aCaptionIsParsedThroughAMultipartUpload() throws Exception {
        SendDocument document = new SendDocument(CHAT_ID, new InputFile(
                new ByteArrayInputStream("id,total\n7,12.50\n".getBytes(StandardCharsets.UTF_8)), "orders.csv"));
        document.setCaption("<b>Orders</b> of <i>May</i>");
        document.setParseMode(ParseMode.HTML);

        Message sent = client.execute(document);

        assertEquals("orders.csv", sent.getDocument().getFileName());
        assertEquals("Orders of May", sent.getCaption());
        assertEquals(2, sent.getCaptionEntities().size());
        assertEntity("italic", 10, 3, "May", sent.getCaptionEntities().get(1));
        assertEquals("id,total\n7,12.50\n", new String(telegram.messages(CHAT).get(0).fileContent(),
                StandardCharsets.UTF_8));
    }

    @Test
    void repliesNeedAnExistingMessageUnlessAllowedWithout() throws Exception {
        Message order = client.execute(message("Your order", null));
        SendMessage reply = message("Paid", null);
        reply.setReplyParameters(new ReplyParameters(order.getMessageId()));
        Message paid = client.execute(reply);
        assertEquals(order.getMessageId(), paid.getReplyToMessage().getMessageId());
        assertEquals("Your order", paid.getReplyToMessage().getText());
        assertEquals(new ReplyTo(CHAT, order.getMessageId()), telegram.messages(CHAT).get(1).replyTo());

        SendMessage toNothing = message("Hello?", null);
        toNothing.setReplyParameters(new ReplyParameters(999));
        TelegramApiRequestException missing = refused(() -> client.execute(toNothing));
        assertEquals(400, missing.getErrorCode());
        assertEquals("Bad Request: message to be replied not found", missing.getApiResponse());

        ReplyParameters lenient = new ReplyParameters(999);
        lenient.setAllowSendingWithoutReply(true);
        toNothing.setReplyParameters(lenient);
        Message anyway = client.execute(toNothing);
        assertNull(anyway.getReplyToMessage());
        assertEquals(3, telegram.messages(CHAT).size());
    }

    @Test
    void theReplyMarkupIsEditedAlone() throws Exception {
        SendMessage invoice = message("Invoice #7", null);
        invoice.setReplyMarkup(keyboard("Pay", "pay:7"));
        Message sent = client.execute(invoice);

        EditMessageReplyMarkup edit = new EditMessageReplyMarkup();
        edit.setChatId(CHAT_ID);
        edit.setMessageId(sent.getMessageId());
        edit.setReplyMarkup(keyboard("Receipt", "receipt:7"));
        Serializable answer = client.execute(edit);

        Message edited = (Message) answer;
        assertEquals("Invoice #7", edited.getText());
        assertEquals("receipt:7", edited.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData());
        assertEquals(List.of(List.of(new Button("Receipt", "receipt:7", null))),
                telegram.current(CHAT, sent.getMessageId()).orElseThrow().keyboard());

        TelegramApiRequestException same = refused(() -> client.execute(edit));
        assertEquals(400, same.getErrorCode());
        assertTrue(same.getApiResponse().startsWith("Bad Request: message is not modified"), same.getApiResponse());
        edit.setMessageId(999);
        assertEquals("Bad Request: message to edit not found", refused(() -> client.execute(edit)).getApiResponse());
        assertEquals(1, telegram.edits(CHAT).size());
    }

    @Test
    void aDeletedMessageIsMarkedAndCannotGoTwice() throws Exception {
        Message sent = client.execute(message("Temporary code: 1234", null));

        Boolean deleted = client.execute(new DeleteMessage(CHAT_ID, sent.getMessageId()));

        assertTrue(deleted);
        assertTrue(telegram.isDeleted(CHAT, sent.getMessageId()));
        assertEquals(sent.getMessageId().longValue(), telegram.deletions(CHAT).get(0).messageId());
        assertTrue(telegram.current(CHAT, sent.getMessageId()).isEmpty());
        TelegramApiRequestException again = refused(() -> client.execute(new DeleteMessage(CHAT_ID,
                sent.getMessageId())));
        assertEquals("Bad Request: message to delete not found", again.getApiResponse());
    }

    @Test
    void chatActionsAreAcceptedOnlyFromTheKnownList() throws Exception {
        Boolean typing = client.execute(new SendChatAction(CHAT_ID, "typing"));
        assertTrue(typing);
        assertEquals(List.of("typing"), telegram.chatActions(CHAT).stream().map(ChatAction::action).toList());

        TelegramApiRequestException wrong = refused(() -> client.execute(new SendChatAction(CHAT_ID, "dancing")));
        assertEquals(400, wrong.getErrorCode());
        assertEquals("Bad Request: wrong parameter action in request", wrong.getApiResponse());
        assertEquals(1, telegram.chatActions(CHAT).size());
    }

    @Test
    void commandsAreSetAndReadBack() throws Exception {
        Boolean set = client.execute(new SetMyCommands(List.of(new BotCommand("start", "Begin"),
                new BotCommand("orders", "Your orders"))));
        assertTrue(set);

        List<BotCommand> commands = client.execute(new GetMyCommands());
        assertEquals(List.of("start", "orders"), commands.stream().map(BotCommand::getCommand).toList());
        assertEquals("Your orders", commands.get(1).getDescription());
        assertEquals(List.of(new MenuCommand("start", "Begin"), new MenuCommand("orders", "Your orders")),
                telegram.myCommands());

        TelegramApiRequestException invalid = refused(() -> client.execute(new SetMyCommands(List.of(
                new BotCommand("My-Orders", "Your orders")))));
        assertEquals(400, invalid.getErrorCode());
        assertEquals("Bad Request: BOT_COMMAND_INVALID", invalid.getApiResponse());
        assertEquals(2, telegram.myCommands().size());
    }

    @Test
    void aKnownPrivateChatIsDescribedAndAnUnknownOneIsNotFound() throws Exception {
        FakeUser ana = telegram.createUser("Ana", "Silva", "ana_s", "pt");

        ChatFullInfo chat = client.execute(new GetChat(Long.toString(ana.chatId())));

        assertEquals(ana.chatId(), chat.getId());
        assertEquals("private", chat.getType());
        assertEquals("Ana", chat.getFirstName());
        assertEquals("Silva", chat.getLastName());
        assertEquals("ana_s", chat.getUserName());
        assertFalse(chat.isGroupChat());

        TelegramApiRequestException unknown = refused(() -> client.execute(new GetChat("424242")));
        assertEquals(400, unknown.getErrorCode());
        assertEquals("Bad Request: chat not found", unknown.getApiResponse());
    }
}
