package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * reply_parameters (and the older reply_to_message_id with allow_sending_without_reply): read with the Bot API's
 * words for a malformed object, then checked against the chat, where a missing (or deleted) message is
 * "message to be replied not found" unless allow_sending_without_reply lets the message go without the reply.
 */
final class Replies {
    /** What the bot asked to reply to; {@code chatId} null for the chat it sends to. */
    record Request(String chatId, long messageId, boolean allowSendingWithoutReply) {
    }

    private Replies() {
    }

    /** The reply asked for, or null for none (message_id 0 is none, as at Telegram). */
    static Request parse(BotRequest request) {
        if (!request.fields().containsKey("reply_parameters")) {
            long legacy = number(request.string("reply_to_message_id"));
            return legacy <= 0 ? null : new Request(null, legacy, request.flag("allow_sending_without_reply"));
        }
        String raw = request.string("reply_parameters");
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        JsonNode object;
        try {
            object = TelegramJson.JSON.readTree(raw);
        } catch (IOException malformed) {
            throw BotApiError.badRequest("can't parse reply parameters JSON object");
        }
        if (object != null && object.isMissingNode()) {
            throw BotApiError.badRequest("can't parse reply parameters JSON object");
        }
        if (object == null || !object.isObject()) {
            throw BotApiError.badRequest("object expected as reply parameters");
        }
        if (object.isEmpty()) {
            return null;
        }
        String chatId = null;
        JsonNode chat = object.get("chat_id");
        if (chat != null && !chat.isNull()) {
            if (!chat.isTextual() && !chat.isNumber()) {
                throw BotApiError.badRequest("field \"chat_id\" must be of type String");
            }
            chatId = chat.asText();
        }
        JsonNode id = object.get("message_id");
        if (id == null || id.isNull()) {
            throw BotApiError.badRequest("can't find field \"message_id\"");
        }
        long messageId;
        if (id.isIntegralNumber()) {
            messageId = id.asLong();
        } else if (id.isTextual() && id.asText().matches("-?[0-9]{1,18}")) {
            messageId = Long.parseLong(id.asText());
        } else {
            throw BotApiError.badRequest("field \"message_id\" must be " + (id.isTextual() ? "a valid Number" : "a Number"));
        }
        JsonNode allow = object.get("allow_sending_without_reply");
        boolean allowWithout = false;
        if (allow != null && !allow.isNull()) {
            if (!allow.isBoolean() && !(allow.isTextual() && allow.asText().matches("true|false"))) {
                throw BotApiError.badRequest("field \"allow_sending_without_reply\" must be of type Boolean");
            }
            allowWithout = allow.asBoolean();
        }
        return messageId <= 0 ? null : new Request(chatId, messageId, allowWithout);
    }

    /** Where the reply goes: null when none was asked, or when the message is gone and that is allowed. */
    static ReplyTo resolve(TelegramState state, long chatId, Request request) {
        if (request == null) {
            return null;
        }
        long replyChat = chatId;
        if (request.chatId() != null && !request.chatId().isEmpty()) {
            try {
                replyChat = Long.parseLong(request.chatId().trim());
            } catch (NumberFormatException notNumeric) {
                throw BotApiError.badRequest("chat not found");
            }
        }
        var chat = state.existingChat(replyChat);
        if (replyChat != chatId && chat.isEmpty()) {
            throw BotApiError.badRequest("chat not found");
        }
        if (chat.map(log -> log.exists(request.messageId())).orElse(false)) {
            return new ReplyTo(replyChat, request.messageId());
        }
        if (request.allowSendingWithoutReply()) {
            return null;
        }
        throw BotApiError.badRequest("message to be replied not found");
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException notNumeric) {
            return 0;
        }
    }
}
