package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** deleteMessage, sendChatAction and getChat, with the Bot API's checks and words. */
final class ChatMethods {
    /** The documented actions and the older names the Bot API still maps onto them (record_audio and the like). */
    private static final Set<String> ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
            "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note",
            "upload_video_note", "cancel", "record_audio", "upload_audio", "pick_up_location");

    private final TelegramState state;

    ChatMethods(TelegramState state) {
        this.state = state;
    }

    /** The bot's messages, and in a private chat the user's too; a message goes only once. */
    JsonNode deleteMessage(BotRequest request) {
        if (!request.has("chat_id")) {
            throw BotApiError.badRequest("chat identifier is not specified");
        }
        long messageId = MessageChecks.positive(request.string("message_id"));
        if (messageId == 0) {
            throw BotApiError.badRequest("message identifier is not specified");
        }
        long chatId = MessageChecks.chatId(request);
        ChatLog chat = state.existingChat(chatId)
                .orElseThrow(() -> BotApiError.badRequest("message to delete not found"));
        chat.delete(messageId);
        state.arrived();
        return BooleanNode.TRUE;
    }

    /** The action is checked before the chat, as the Bot API does; a user who blocked the bot refuses it. */
    JsonNode sendChatAction(BotRequest request) {
        String action = request.string("action") == null ? "" : request.string("action").toLowerCase(Locale.ROOT);
        if (!ACTIONS.contains(action)) {
            throw BotApiError.badRequest("wrong parameter action in request");
        }
        long chatId = MessageChecks.chatId(request);
        if (state.isBlocked(chatId)) {
            throw BotApiError.forbidden("bot was blocked by the user");
        }
        state.recordChatAction(new ChatAction(chatId, action, Instant.now()));
        return BooleanNode.TRUE;
    }

    /** A fake user's private chat, or a chat the bot has written to; any other is "chat not found". */
    JsonNode getChat(BotRequest request) {
        long chatId = MessageChecks.chatId(request);
        FakeUser owner = state.user(chatId).orElse(null);
        if (owner == null && state.existingChat(chatId).isEmpty()) {
            throw BotApiError.badRequest("chat not found");
        }
        return TelegramJson.fullChat(chatId, owner);
    }
}
