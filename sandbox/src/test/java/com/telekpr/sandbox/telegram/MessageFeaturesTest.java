package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.response.SendResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * parse_mode, reply_parameters, editMessageReplyMarkup, deleteMessage, sendChatAction, the command menu and getChat
 * over raw HTTP: the exact JSON answers and refusals, and what the control API shows of them.
 */
class MessageFeaturesTest extends SimulatorTestSupport {
    private static final long CHAT = 55L;

    /** Flood control is tested elsewhere; here it would only slow the sends down. */
    @Override
    TelegramLimits limits() {
        return TelegramLimits.unlimited();
    }

    /** The whole Bot API answer, whatever its status. */
    private JsonNode api(String method, String json) throws Exception {
        return JSON.readTree(post("/bot" + TOKEN + "/" + method, "application/json", json).body());
    }

    private long send(String text) throws Exception {
        JsonNode answer = api("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"" + text + "\"}");
        assertTrue(answer.path("ok").asBoolean(), answer.toString());
        return answer.at("/result/message_id").asLong();
    }

    private static void assertRefused(String description, JsonNode answer) {
        assertFalse(answer.path("ok").asBoolean(), answer.toString());
        assertEquals(400, answer.path("error_code").asInt(), answer.toString());
        assertEquals(description, answer.path("description").asText());
    }

    @Test
    void entitiesComeInTheBotApiShape() throws Exception {
        JsonNode answer = api("sendMessage", "{\"chat_id\":" + CHAT + ",\"parse_mode\":\"HTML\","
                + "\"text\":\"<a href='https://example.org'>site</a> <pre><code class='language-sql'>select</code></pre>\"}");

        assertEquals("site select", answer.at("/result/text").asText());
        assertEquals("[{\"offset\":0,\"length\":4,\"type\":\"text_link\",\"url\":\"https://example.org/\"},"
                + "{\"offset\":5,\"length\":6,\"type\":\"pre\",\"language\":\"sql\"}]",
                answer.at("/result/entities").toString());
        assertFalse(api("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"plain\"}").path("result").has("entities"),
                "a plain text has no entities field");
        JsonNode stored = controlGet("/chats/" + CHAT + "/messages").get(0);
        assertEquals("site select", stored.path("text").asText());
        assertEquals("https://example.org/", stored.at("/entities/0/url").asText());
    }

    @Test
    void theLimitCountsTheTextLeftAfterTheMarkup() throws Exception {
        String bold = "<b>" + "x".repeat(4096) + "</b>";
        assertTrue(api("sendMessage", "{\"chat_id\":" + CHAT + ",\"parse_mode\":\"HTML\",\"text\":\"" + bold + "\"}")
                .path("ok").asBoolean());
        assertRefused("Bad Request: message is too long",
                api("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"" + "x".repeat(4097) + "\"}"));
        assertRefused("Bad Request: unsupported parse_mode",
                api("sendMessage", "{\"chat_id\":" + CHAT + ",\"parse_mode\":\"BBCode\",\"text\":\"x\"}"));
    }

    @Test
    void anEditThatChangesOnlyTheMarkupIsAChangeAndTheSameRenderingIsNot() throws Exception {
        long id = send("Order paid");
        assertRefused("Bad Request: message is not modified: specified new message content and reply markup are "
                + "exactly the same as a current content and reply markup of the message",
                api("editMessageText", "{\"chat_id\":" + CHAT + ",\"message_id\":" + id
                        + ",\"parse_mode\":\"MarkdownV2\",\"text\":\"Order paid\"}"));
        JsonNode bold = api("editMessageText", "{\"chat_id\":" + CHAT + ",\"message_id\":" + id
                + ",\"parse_mode\":\"MarkdownV2\",\"text\":\"Order *paid*\"}");
        assertEquals("Order paid", bold.at("/result/text").asText());
        assertEquals("bold", bold.at("/result/entities/0/type").asText());
        assertEquals(List.of(TextEntity.of("bold", 6, 4)), telegram.current(CHAT, id).orElseThrow().entities());
        assertRefused("Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 6",
                api("editMessageText", "{\"chat_id\":" + CHAT + ",\"message_id\":" + id
                        + ",\"parse_mode\":\"MarkdownV2\",\"text\":\"Order *paid\"}"));
    }

    @Test
    void aDocumentCaptionIsParsedToo() {
        SendResponse sent = bot.execute(new SendDocument(CHAT, new byte[] {1, 2}).fileName("r.pdf")
                .caption("<b>Report</b> for <i>May</i>").parseMode(ParseMode.HTML));

        assertTrue(sent.isOk(), sent.description());
        assertEquals("Report for May", sent.message().caption());
        assertEquals(2, sent.message().captionEntities().length);
        assertEquals(11, sent.message().captionEntities()[1].offset());
        assertEquals(List.of(TextEntity.of("bold", 0, 6), TextEntity.of("italic", 11, 3)),
                telegram.messages(CHAT).get(0).entities());
    }

    @Test
    void repliesAreCheckedAndShownAsTheRepliedMessageReadsNow() throws Exception {
        long first = send("Your order");
        JsonNode reply = api("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"Paid\","
                + "\"reply_parameters\":{\"message_id\":" + first + "}}");
        assertEquals(first, reply.at("/result/reply_to_message/message_id").asLong());
        assertEquals("Your order", reply.at("/result/reply_to_message/text").asText());
        assertEquals(new ReplyTo(CHAT, first), telegram.messages(CHAT).get(1).replyTo());

        assertRefused("Bad Request: message to be replied not found", api("sendMessage",
                "{\"chat_id\":" + CHAT + ",\"text\":\"x\",\"reply_parameters\":{\"message_id\":999}}"));
        assertRefused("Bad Request: message to be replied not found", api("sendMessage",
                "{\"chat_id\":" + CHAT + ",\"text\":\"x\",\"reply_to_message_id\":999}"));
        JsonNode without = api("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"anyway\","
                + "\"reply_parameters\":{\"message_id\":999,\"allow_sending_without_reply\":true}}");
        assertTrue(without.path("ok").asBoolean());
        assertFalse(without.path("result").has("reply_to_message"));
        assertNull(telegram.messages(CHAT).get(2).replyTo());

        assertRefused("Bad Request: can't find field \"message_id\"", api("sendMessage",
                "{\"chat_id\":" + CHAT + ",\"text\":\"x\",\"reply_parameters\":{\"chat_id\":" + CHAT + "}}"));
        assertRefused("Bad Request: object expected as reply parameters", api("sendMessage",
                "{\"chat_id\":" + CHAT + ",\"text\":\"x\",\"reply_parameters\":[1]}"));
        assertEquals(3, telegram.messages(CHAT).size(), "refused replies are not sent");
    }

    @Test
    void aReplyToAnotherChatIsAnExternalReply() throws Exception {
        long elsewhere = api("sendMessage", "{\"chat_id\":77,\"text\":\"over there\"}").at("/result/message_id").asLong();
        JsonNode reply = api("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"see\","
                + "\"reply_parameters\":{\"chat_id\":77,\"message_id\":" + elsewhere + "}}");

        assertFalse(reply.path("result").has("reply_to_message"));
        assertEquals(77, reply.at("/result/external_reply/chat/id").asLong());
        assertEquals(elsewhere, reply.at("/result/external_reply/message_id").asLong());
        assertEquals("user", reply.at("/result/external_reply/origin/type").asText());
        assertRefused("Bad Request: chat not found", api("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"x\","
                + "\"reply_parameters\":{\"chat_id\":31337,\"message_id\":1}}"));
    }

    @Test
    void theReplyMarkupCanBeEditedAloneAndRemoved() throws Exception {
        String pay = "{\"inline_keyboard\":[[{\"text\":\"Pay\",\"callback_data\":\"pay\"}]]}";
        long id = api("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"Invoice\",\"reply_markup\":" + pay + "}")
                .at("/result/message_id").asLong();
        String done = "{\"inline_keyboard\":[[{\"text\":\"Receipt\",\"url\":\"https://example.org/r\"}]]}";

        JsonNode edited = api("editMessageReplyMarkup", "{\"chat_id\":" + CHAT + ",\"message_id\":" + id
                + ",\"reply_markup\":" + done + "}");
        assertEquals("Receipt", edited.at("/result/reply_markup/inline_keyboard/0/0/text").asText());
        assertEquals("Invoice", edited.at("/result/text").asText());
        assertTrue(edited.at("/result/edit_date").isNumber());
        assertRefused("Bad Request: message is not modified: specified new message content and reply markup are "
                + "exactly the same as a current content and reply markup of the message",
                api("editMessageReplyMarkup", "{\"chat_id\":" + CHAT + ",\"message_id\":" + id + ",\"reply_markup\":"
                        + done + "}"));
        assertFalse(api("editMessageReplyMarkup", "{\"chat_id\":" + CHAT + ",\"message_id\":" + id + "}")
                .path("result").has("reply_markup"), "no reply_markup removes the keyboard");
        assertTrue(telegram.current(CHAT, id).orElseThrow().keyboard().isEmpty());
        assertEquals(List.of("editMessageReplyMarkup", "editMessageReplyMarkup"),
                telegram.edits(CHAT).stream().map(MessageEdit::method).toList());
        assertEquals("editMessageReplyMarkup", controlGet("/chats/" + CHAT + "/edits").at("/0/method").asText());

        assertRefused("Bad Request: message to edit not found",
                api("editMessageReplyMarkup", "{\"chat_id\":" + CHAT + ",\"message_id\":999}"));
        assertRefused("Bad Request: message identifier is not specified", api("editMessageReplyMarkup", "{}"));
        FakeUser ana = telegram.createUser("Ana", null, null, "en");
        long hers = telegram.userSays(ana, "hi");
        assertRefused("Bad Request: message can't be edited", api("editMessageReplyMarkup",
                "{\"chat_id\":" + ana.chatId() + ",\"message_id\":" + hers + "}"));
    }

    @Test
    void deletedMessagesAreMarkedAndGoneForEverythingElse() throws Exception {
        FakeUser ana = telegram.createUser("Ana", null, null, "en");
        long hers = telegram.userSays(ana, "my card number is ...");
        long ours = api("sendMessage", "{\"chat_id\":" + ana.chatId() + ",\"text\":\"Got it\"}")
                .at("/result/message_id").asLong();

        assertTrue(api("deleteMessage", "{\"chat_id\":" + ana.chatId() + ",\"message_id\":" + hers + "}")
                .path("result").asBoolean(), "in a private chat the bot may delete the user's messages");
        assertTrue(api("deleteMessage", "{\"chat_id\":" + ana.chatId() + ",\"message_id\":" + ours + "}")
                .path("result").asBoolean());

        assertTrue(telegram.isDeleted(ana.chatId(), hers));
        assertEquals(List.of(true, false), telegram.deletions(ana.chatId()).stream().map(MessageDeletion::fromUser)
                .toList());
        assertTrue(telegram.current(ana.chatId(), ours).isEmpty());
        assertEquals(1, telegram.messages(ana.chatId()).size(), "what the chat received stays on record");
        assertRefused("Bad Request: message to delete not found",
                api("deleteMessage", "{\"chat_id\":" + ana.chatId() + ",\"message_id\":" + ours + "}"));
        assertRefused("Bad Request: message to edit not found", api("editMessageText",
                "{\"chat_id\":" + ana.chatId() + ",\"message_id\":" + ours + ",\"text\":\"x\"}"));
        assertRefused("Bad Request: message to be replied not found", api("sendMessage",
                "{\"chat_id\":" + ana.chatId() + ",\"text\":\"x\",\"reply_parameters\":{\"message_id\":" + ours + "}}"));

        JsonNode history = controlGet("/chats/" + ana.chatId() + "/history?after=0").path("entries");
        assertTrue(history.at("/0/deleted").asBoolean());
        assertTrue(history.at("/1/deleted").asBoolean());
        assertEquals(2, controlGet("/chats/" + ana.chatId() + "/deletions").size());
        assertEquals(2, controlGet("/deletions").size());
        assertRefused("Bad Request: chat identifier is not specified", api("deleteMessage", "{\"message_id\":1}"));
        assertRefused("Bad Request: message identifier is not specified",
                api("deleteMessage", "{\"chat_id\":" + ana.chatId() + "}"));
    }

    @Test
    void chatActionsAreRecordedAndCheckedLikeTelegram() throws Exception {
        assertTrue(api("sendChatAction", "{\"chat_id\":" + CHAT + ",\"action\":\"typing\"}").path("result").asBoolean());
        assertTrue(api("sendChatAction", "{\"chat_id\":" + CHAT + ",\"action\":\"UPLOAD_DOCUMENT\"}").path("ok")
                .asBoolean(), "the Bot API ignores the case");
        assertEquals(List.of("typing", "upload_document"),
                telegram.chatActions(CHAT).stream().map(ChatAction::action).toList());
        assertEquals("typing", controlGet("/chats/" + CHAT + "/chat-actions").at("/0/action").asText());

        assertRefused("Bad Request: wrong parameter action in request",
                api("sendChatAction", "{\"chat_id\":" + CHAT + ",\"action\":\"dancing\"}"));
        assertRefused("Bad Request: wrong parameter action in request", api("sendChatAction", "{}"));
        assertRefused("Bad Request: chat_id is empty", api("sendChatAction", "{\"action\":\"typing\"}"));
        telegram.block(CHAT);
        JsonNode blocked = api("sendChatAction", "{\"chat_id\":" + CHAT + ",\"action\":\"typing\"}");
        assertEquals(403, blocked.path("error_code").asInt());
        assertEquals(2, telegram.chatActions(CHAT).size());
    }

    @Test
    void commandMenusAreKeptPerScopeAndLanguage() throws Exception {
        assertTrue(api("setMyCommands", "{\"commands\":[{\"command\":\"/start\",\"description\":\" Begin \"},"
                + "{\"command\":\"orders\",\"description\":\"Your orders\"}]}").path("result").asBoolean());
        assertTrue(api("setMyCommands", "{\"commands\":[{\"command\":\"pedidos\",\"description\":\"Tus pedidos\"}],"
                + "\"language_code\":\"es\",\"scope\":{\"type\":\"chat\",\"chat_id\":" + CHAT + "}}").path("ok")
                .asBoolean());

        assertEquals("[{\"command\":\"start\",\"description\":\"Begin\"},{\"command\":\"orders\","
                + "\"description\":\"Your orders\"}]", api("getMyCommands", "{}").path("result").toString());
        assertEquals(List.of(new MenuCommand("pedidos", "Tus pedidos")), telegram.myCommands("chat:" + CHAT, "es"));
        assertEquals(0, api("getMyCommands", "{\"language_code\":\"es\"}").path("result").size(),
                "a menu for one language and scope does not fall back");
        assertEquals("orders", controlGet("/commands").at("/1/command").asText());

        assertRefused("Bad Request: BOT_COMMAND_INVALID",
                api("setMyCommands", "{\"commands\":[{\"command\":\"My-Orders\",\"description\":\"x\"}]}"));
        assertRefused("Bad Request: command description must be non-empty",
                api("setMyCommands", "{\"commands\":[{\"command\":\"Bad-One\",\"description\":\"x\"},"
                        + "{\"command\":\"ok\",\"description\":\"  \"}]}"));
        assertRefused("Bad Request: command length must not exceed 32", api("setMyCommands",
                "{\"commands\":[{\"command\":\"" + "c".repeat(33) + "\",\"description\":\"x\"}]}"));
        assertRefused("Bad Request: can't parse BotCommand: Can't find field \"description\"",
                api("setMyCommands", "{\"commands\":[{\"command\":\"x\"}]}"));
        assertRefused("Bad Request: invalid language code specified",
                api("setMyCommands", "{\"commands\":[],\"language_code\":\"english\"}"));
        assertRefused("Bad Request: can't parse BotCommandScope: Unsupported type specified",
                api("getMyCommands", "{\"scope\":{\"type\":\"everyone\"}}"));
        assertEquals(2, telegram.myCommands().size(), "refused menus change nothing");

        assertTrue(api("deleteMyCommands", "{}").path("result").asBoolean());
        assertTrue(telegram.myCommands().isEmpty());
    }

    @Test
    void getChatKnowsTheFakeUsersAndTheChatsTheBotWroteTo() throws Exception {
        FakeUser ana = telegram.createUser("Ana", "Silva", "ana_s", "pt");
        JsonNode chat = api("getChat", "{\"chat_id\":" + ana.chatId() + "}").path("result");
        assertEquals(ana.chatId(), chat.path("id").asLong());
        assertEquals("private", chat.path("type").asText());
        assertEquals("Ana", chat.path("first_name").asText());
        assertEquals("Silva", chat.path("last_name").asText());
        assertEquals("ana_s", chat.path("username").asText());
        assertEquals("ana_s", chat.at("/active_usernames/0").asText());
        assertTrue(chat.path("accent_color_id").isInt());

        send("hello group? no, a chat");
        assertEquals("private", api("getChat", "{\"chat_id\":" + CHAT + "}").at("/result/type").asText());
        api("sendMessage", "{\"chat_id\":-100,\"text\":\"hi all\"}");
        assertEquals("group", api("getChat", "{\"chat_id\":-100}").at("/result/type").asText());
        assertRefused("Bad Request: chat not found", api("getChat", "{\"chat_id\":424242}"));
        assertRefused("Bad Request: chat not found", api("getChat", "{\"chat_id\":\"@nobody\"}"));
        assertRefused("Bad Request: chat_id is empty", api("getChat", "{}"));
    }
}
