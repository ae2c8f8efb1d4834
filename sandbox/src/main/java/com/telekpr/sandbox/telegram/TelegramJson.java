package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLConnection;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes the Bot API answers and sends with: the {ok, result} / {ok, error_code, description} wrapper, User,
 * Chat, Message (both the bot's and the user's).
 */
final class TelegramJson {
    static final ObjectMapper JSON = new ObjectMapper();
    /** A command as Telegram recognises one: a slash, up to 32 letters, digits or underscores, maybe @botname. */
    private static final Pattern COMMAND = Pattern.compile("/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])");

    private TelegramJson() {
    }

    static ObjectNode ok(BotAnswer answer) {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", answer.result());
        if (answer.description() != null) {
            body.put("description", answer.description());
        }
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

    /** A human User; unset optional fields are left out, as Telegram does. */
    static ObjectNode user(FakeUser user) {
        ObjectNode json = JSON.createObjectNode().put("id", user.id()).put("is_bot", false)
                .put("first_name", user.firstName());
        putIfSet(json, "last_name", user.lastName());
        putIfSet(json, "username", user.username());
        putIfSet(json, "language_code", user.languageCode());
        return json;
    }

    /**
     * Negative ids are groups, as at Telegram. A private chat carries its user's names; for a chat with no fake
     * user (a test sending to any id) and for groups the sandbox makes names up.
     */
    static ObjectNode chat(long chatId, FakeUser owner) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId);
        if (chatId < 0) {
            return chat.put("type", "group").put("title", "Sandbox group " + chatId);
        }
        if (owner == null) {
            return chat.put("type", "private").put("first_name", "Sandbox user " + chatId);
        }
        chat.put("type", "private").put("first_name", owner.firstName());
        putIfSet(chat, "last_name", owner.lastName());
        putIfSet(chat, "username", owner.username());
        return chat;
    }

    /** A Message the user wrote; a leading command gets its bot_command entity, as Telegram's clients mark it. */
    static ObjectNode message(UserMessage message) {
        ObjectNode json = JSON.createObjectNode().put("message_id", message.messageId());
        json.set("from", user(message.from()));
        json.set("chat", chat(message.chatId(), message.from()));
        json.put("date", message.sentAt().getEpochSecond()).put("text", message.text());
        Matcher command = COMMAND.matcher(message.text());
        if (command.lookingAt()) {
            json.putArray("entities").addObject().put("offset", 0).put("length", command.end())
                    .put("type", "bot_command");
        }
        return json;
    }

    /** A Message the bot sent; {@code editedAt} is null for a message never edited, {@code chatUser} null if unknown. */
    static ObjectNode message(SentMessage message, BotIdentity bot, Instant editedAt, FakeUser chatUser) {
        ObjectNode json = JSON.createObjectNode().put("message_id", message.messageId());
        json.set("from", user(bot));
        json.set("chat", chat(message.chatId(), chatUser));
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
                putEntities(json, "caption_entities", message.entities());
            }
        } else {
            json.put("text", message.text());
            putEntities(json, "entities", message.entities());
        }
        if (!message.keyboard().isEmpty()) {
            json.putObject("reply_markup").set("inline_keyboard", keyboard(message.keyboard()));
        }
        return json;
    }

    /** MessageEntity objects: offset, length, type, then url, language or custom_emoji_id when the type has one. */
    static ArrayNode entities(List<TextEntity> entities) {
        ArrayNode json = JSON.createArrayNode();
        for (TextEntity entity : entities) {
            ObjectNode node = json.addObject().put("offset", entity.offset()).put("length", entity.length())
                    .put("type", entity.type());
            putIfSet(node, "url", entity.url());
            putIfSet(node, "language", entity.language());
            putIfSet(node, "custom_emoji_id", entity.customEmojiId());
        }
        return json;
    }

    private static void putEntities(ObjectNode json, String field, List<TextEntity> entities) {
        if (!entities.isEmpty()) {
            json.set(field, entities(entities));
        }
    }

    /**
     * getChat's ChatFullInfo: the Chat plus what a full answer always carries (accent colour, reaction limit, gift
     * settings) and, for a user with a username, active_usernames.
     */
    static ObjectNode fullChat(long chatId, FakeUser owner) {
        ObjectNode chat = chat(chatId, owner);
        if (chatId > 0) {
            chat.put("can_send_gift", true);
            if (owner != null && owner.username() != null && !owner.username().isEmpty()) {
                chat.putArray("active_usernames").add(owner.username());
            }
        }
        chat.putObject("accepted_gift_types").put("unlimited_gifts", true).put("limited_gifts", true)
                .put("unique_gifts", true).put("premium_subscription", true).put("gifts_from_channels", true);
        // Telegram gives a user without a chosen colour the colour of (user id mod 7)
        return chat.put("max_reaction_count", 11).put("accent_color_id", (int) Math.floorMod(chatId, 7L));
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

    private static void putIfSet(ObjectNode json, String field, String value) {
        if (value != null && !value.isEmpty()) {
            json.put(field, value);
        }
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
