package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The bot's messages as the Bot API shows them, with what they reply to as it reads now: a reply_to_message within
 * the chat, an external_reply across chats, nothing once the replied message was deleted.
 */
final class MessageViews {
    private MessageViews() {
    }

    /** @param editedAt when the message was last edited, or null */
    static ObjectNode message(TelegramState state, SentMessage message, Instant editedAt) {
        ObjectNode json = TelegramJson.message(message, state.bot, editedAt, state.user(message.chatId()).orElse(null));
        ReplyTo to = message.replyTo();
        if (to == null) {
            return json;
        }
        JsonNode replied = replied(state, to);
        if (replied == null) {
            return json;
        }
        if (to.chatId() == message.chatId()) {
            json.set("reply_to_message", replied);
        } else {
            ObjectNode external = json.putObject("external_reply");
            ObjectNode origin = external.putObject("origin").put("type", "user");
            origin.set("sender_user", replied.get("from"));
            origin.set("date", replied.get("date"));
            external.set("chat", replied.get("chat"));
            external.put("message_id", to.messageId());
        }
        return json;
    }

    /** The replied message as it reads now (without its own reply), or null when it is gone. */
    private static JsonNode replied(TelegramState state, ReplyTo to) {
        return state.existingChat(to.chatId()).map(chat -> {
            var fromBot = chat.current(to.messageId());
            if (fromBot.isPresent()) {
                return (JsonNode) TelegramJson.message(fromBot.get(), state.bot, chat.editedAt(to.messageId()).orElse(null),
                        state.user(to.chatId()).orElse(null));
            }
            return chat.userMessage(to.messageId()).<JsonNode>map(TelegramJson::message).orElse(null);
        }).orElse(null);
    }
}
