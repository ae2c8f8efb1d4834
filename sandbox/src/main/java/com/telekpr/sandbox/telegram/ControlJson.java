package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** The JSON of the control API: the Java records with their field names (camelCase), instants as ISO-8601 text. */
final class ControlJson {
    private ControlJson() {
    }

    static <T> ArrayNode list(List<T> items, Function<T, JsonNode> each) {
        ArrayNode array = TelegramJson.JSON.createArrayNode();
        items.forEach(item -> array.add(each.apply(item)));
        return array;
    }

    /** The uploaded bytes, if any, come as base64 in {@code fileContent}. */
    static ObjectNode message(SentMessage message) {
        ObjectNode json = TelegramJson.JSON.createObjectNode().put("chatId", message.chatId())
                .put("messageId", message.messageId()).put("method", message.method()).put("text", message.text())
                .put("parseMode", message.parseMode()).put("caption", message.caption())
                .put("fileName", message.fileName()).put("fileSize", message.fileSize())
                .put("fileContent", message.fileContent());
        json.set("keyboard", keyboard(message.keyboard()));
        json.set("entities", entities(message.entities()));
        json.set("replyTo", message.replyTo() == null ? null : TelegramJson.JSON.createObjectNode()
                .put("chatId", message.replyTo().chatId()).put("messageId", message.replyTo().messageId()));
        return json.put("receivedAtNanos", message.receivedAtNanos()).put("receivedAt", message.receivedAt().toString());
    }

    /** Entities as {type, offset, length} plus url, language or customEmojiId where the type has one. */
    static ArrayNode entities(List<TextEntity> entities) {
        ArrayNode json = TelegramJson.JSON.createArrayNode();
        for (TextEntity entity : entities) {
            ObjectNode node = json.addObject().put("type", entity.type()).put("offset", entity.offset())
                    .put("length", entity.length());
            if (entity.url() != null) {
                node.put("url", entity.url());
            }
            if (entity.language() != null) {
                node.put("language", entity.language());
            }
            if (entity.customEmojiId() != null) {
                node.put("customEmojiId", entity.customEmojiId());
            }
        }
        return json;
    }

    static ObjectNode deletion(MessageDeletion deletion) {
        return TelegramJson.JSON.createObjectNode().put("chatId", deletion.chatId())
                .put("messageId", deletion.messageId()).put("fromUser", deletion.fromUser())
                .put("deletedAt", deletion.deletedAt().toString());
    }

    static ObjectNode chatAction(ChatAction action) {
        return TelegramJson.JSON.createObjectNode().put("chatId", action.chatId()).put("action", action.action())
                .put("sentAt", action.sentAt().toString());
    }

    static ObjectNode command(MenuCommand command) {
        return TelegramJson.JSON.createObjectNode().put("command", command.command())
                .put("description", command.description());
    }

    static ObjectNode user(FakeUser user) {
        return TelegramJson.JSON.createObjectNode().put("id", user.id()).put("firstName", user.firstName())
                .put("lastName", user.lastName()).put("username", user.username())
                .put("languageCode", user.languageCode());
    }

    /**
     * Entries are {messageId, from: "user"|"bot", text, date, version, deleted} plus, for the bot's, what the bot
     * set (its text shown without markup, with its entities).
     */
    static ObjectNode history(ChatHistory history) {
        ObjectNode json = TelegramJson.JSON.createObjectNode().put("chatId", history.chatId())
                .put("version", history.version());
        ArrayNode entries = json.putArray("entries");
        for (ChatHistory.Entry entry : history.entries()) {
            ObjectNode node = entries.addObject().put("messageId", entry.messageId()).put("version", entry.version())
                    .put("deleted", entry.deletedAt() != null);
            if (entry.fromUser() != null) {
                node.put("from", "user").put("text", entry.fromUser().text())
                        .put("date", entry.fromUser().sentAt().toString());
                continue;
            }
            SentMessage bot = entry.fromBot();
            node.put("from", "bot").put("text", bot.text()).put("parseMode", bot.parseMode())
                    .put("caption", bot.caption()).put("fileName", bot.fileName())
                    .put("date", bot.receivedAt().toString()).put("edited", entry.editedAt() != null)
                    .put("editedAt", entry.editedAt() == null ? null : entry.editedAt().toString());
            node.set("keyboard", keyboard(bot.keyboard()));
            node.set("entities", entities(bot.entities()));
        }
        return json;
    }

    static ObjectNode edit(MessageEdit edit) {
        ObjectNode json = TelegramJson.JSON.createObjectNode().put("chatId", edit.chatId())
                .put("messageId", edit.messageId()).put("method", edit.method())
                .put("previousText", edit.previousText()).put("text", edit.text());
        json.set("previousKeyboard", keyboard(edit.previousKeyboard()));
        json.set("keyboard", keyboard(edit.keyboard()));
        return json.put("receivedAtNanos", edit.receivedAtNanos()).put("receivedAt", edit.receivedAt().toString());
    }

    static ObjectNode answer(CallbackAnswer answer) {
        return TelegramJson.JSON.createObjectNode().put("callbackQueryId", answer.callbackQueryId())
                .put("text", answer.text()).put("showAlert", answer.showAlert()).put("url", answer.url())
                .put("receivedAt", answer.receivedAt().toString());
    }

    static ObjectNode counts(TelegramCounts counts) {
        ObjectNode json = TelegramJson.JSON.createObjectNode().put("accepted", counts.accepted())
                .put("tooManyRequests", counts.tooManyRequests());
        ObjectNode byMethod = json.putObject("acceptedByMethod");
        counts.acceptedByMethod().forEach(byMethod::put);
        ObjectNode byStatus = json.putObject("refusedByStatus");
        counts.refusedByStatus().forEach((status, count) -> byStatus.put(Integer.toString(status), count));
        return json;
    }

    static ObjectNode limits(TelegramLimits limits) {
        return TelegramJson.JSON.createObjectNode().put("globalPerSecond", limits.globalPerSecond())
                .put("globalBurst", limits.globalBurst()).put("perChatPerSecond", limits.perChatPerSecond())
                .put("perChatBurst", limits.perChatBurst()).put("groupPerMinute", limits.groupPerMinute());
    }

    /** Limits from a body; a field left out keeps its current value. */
    static TelegramLimits limits(JsonNode body, TelegramLimits current) {
        return new TelegramLimits(body.path("globalPerSecond").asDouble(current.globalPerSecond()),
                body.path("globalBurst").asInt(current.globalBurst()),
                body.path("perChatPerSecond").asDouble(current.perChatPerSecond()),
                body.path("perChatBurst").asInt(current.perChatBurst()),
                body.path("groupPerMinute").asInt(current.groupPerMinute()));
    }

    /** Buttons as {text, callbackData} or {text, url}. */
    private static ArrayNode keyboard(List<List<Button>> rows) {
        ArrayNode json = TelegramJson.JSON.createArrayNode();
        for (List<Button> row : rows) {
            ArrayNode buttons = json.addArray();
            row.forEach(button -> {
                ObjectNode node = buttons.addObject().put("text", button.text());
                if (button.callbackData() != null) {
                    node.put("callbackData", button.callbackData());
                } else {
                    node.put("url", button.url());
                }
            });
        }
        return json;
    }
}
