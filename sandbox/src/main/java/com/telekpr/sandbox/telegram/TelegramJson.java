package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLConnection;
import java.time.Instant;
import java.util.List;

/** The shapes the Bot API answers with: the {ok, result} / {ok, error_code, description} wrapper, User, Chat, Message. */
final class TelegramJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private TelegramJson() {
    }

    static ObjectNode ok(JsonNode result) {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", result);
        return body;
    }

    static ObjectNode error(BotApiError error) {
        ObjectNode body = JSON.createObjectNode().put("ok", false).put("error_code", error.code)
                .put("description", error.description);
        if (error.retryAfter > 0) {
            body.putObject("parameters").put("retry_after", error.retryAfter);
        }
        return body;
    }

    static ObjectNode user(BotIdentity bot) {
        return JSON.createObjectNode().put("id", bot.id()).put("is_bot", true).put("first_name", bot.firstName())
                .put("username", bot.username());
    }

    /** getMe's answer: the bot user with the capability flags only getMe carries. */
    static ObjectNode me(BotIdentity bot) {
        return user(bot).put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
    }

    /** Negative ids are groups, as at Telegram; the sandbox knows no titles or names, so it makes some up. */
    static ObjectNode chat(long chatId) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId);
        return chatId < 0 ? chat.put("type", "group").put("title", "Sandbox group " + chatId)
                : chat.put("type", "private").put("first_name", "Sandbox user " + chatId);
    }

    /** A Message; {@code editedAt} is null for a message never edited. */
    static ObjectNode message(SentMessage message, BotIdentity bot, Instant editedAt) {
        ObjectNode json = JSON.createObjectNode().put("message_id", message.messageId());
        json.set("from", user(bot));
        json.set("chat", chat(message.chatId()));
        json.put("date", message.receivedAt().getEpochSecond());
        if (editedAt != null) {
            json.put("edit_date", editedAt.getEpochSecond());
        }
        if (message.isDocument()) {
            json.putObject("document").put("file_id", fileId(message)).put("file_unique_id", fileUniqueId(message))
                    .put("file_name", message.fileName()).put("mime_type", mimeType(message.fileName()))
                    .put("file_size", message.fileSize());
            if (message.caption() != null) {
                json.put("caption", message.caption());
            }
        } else {
            json.put("text", message.text());
        }
        if (!message.keyboard().isEmpty()) {
            json.putObject("reply_markup").set("inline_keyboard", keyboard(message.keyboard()));
        }
        return json;
    }

    static ArrayNode keyboard(List<List<Button>> rows) {
        ArrayNode json = JSON.createArrayNode();
        for (List<Button> row : rows) {
            ArrayNode buttons = json.addArray();
            for (Button button : row) {
                ObjectNode node = buttons.addObject().put("text", button.text());
                if (button.callbackData() != null) {
                    node.put("callback_data", button.callbackData());
                } else {
                    node.put("url", button.url());
                }
            }
        }
        return json;
    }

    static String fileId(SentMessage message) {
        return "BQACAgSandbox" + message.chatId() + "_" + message.messageId();
    }

    private static String fileUniqueId(SentMessage message) {
        return "AgADSandbox" + Long.toHexString(message.chatId() * 31 + message.messageId());
    }

    /** Telegram detects the type from the name, whatever the upload's part says. */
    static String mimeType(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return "text/csv";
        }
        String guessed = URLConnection.guessContentTypeFromName(fileName);
        return guessed != null ? guessed : "application/octet-stream";
    }
}
