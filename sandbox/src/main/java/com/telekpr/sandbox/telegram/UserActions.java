package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What a fake user does in the Telegram app, turned into the updates Telegram would queue for the bot: writing a
 * text message, and pressing an inline button under a message the bot sent them.
 */
final class UserActions {
    private final TelegramState state;

    UserActions(TelegramState state) {
        this.state = state;
    }

    /** The user writes {@code text} in the private chat; answers the new message's id. */
    long says(FakeUser user, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Telegram's clients send no empty messages");
        }
        if (text.length() > MessageChecks.MAX_TEXT) {
            throw new IllegalArgumentException("a message has at most " + MessageChecks.MAX_TEXT + " characters");
        }
        state.register(user);
        // the update is queued under the chat's lock, so two messages of one chat never swap places in the queue
        UserMessage message = state.chat(user.chatId()).appendFromUser(user, text,
                written -> state.updates.offer("message", user.chatId(), updateId -> TelegramJson.message(written)));
        state.arrived();
        return message.messageId();
    }

    /**
     * The user presses the button carrying {@code callbackData} under the bot's message; with {@code forged} the
     * data need not be on the keyboard (a tampered client). Answers the callback query id the bot must answer.
     */
    String presses(FakeUser user, long messageId, String callbackData, boolean forged) {
        Objects.requireNonNull(callbackData, "callbackData");
        ChatLog chat = state.existingChat(user.chatId()).orElseThrow(
                () -> new NoSuchElementException("the bot never wrote to user " + user.id()));
        SentMessage message = chat.current(messageId).orElseThrow(() -> new NoSuchElementException(
                "the bot sent no message " + messageId + " to user " + user.id()));
        if (!forged && message.keyboard().stream().flatMap(row -> row.stream())
                .noneMatch(button -> callbackData.equals(button.callbackData()))) {
            throw new IllegalArgumentException("message " + messageId + " has no button with callback data '"
                    + callbackData + "'");
        }
        state.register(user);
        String id = state.callbackQueries.issue();
        ObjectNode query = TelegramJson.JSON.createObjectNode().put("id", id);
        query.set("from", TelegramJson.user(user));
        // the message as it reads now: a press on an edited message carries the edited text and keyboard
        query.set("message", MessageViews.message(state, message, chat.editedAt(messageId).orElse(null)));
        query.put("chat_instance", chatInstance(user.chatId())).put("data", callbackData);
        state.updates.offer("callback_query", user.chatId(), updateId -> query);
        return id;
    }

    /** Telegram's chat_instance is an opaque number, fixed for a chat; derived from the ids, so it is stable. */
    private String chatInstance(long chatId) {
        return Long.toString((chatId * 1_000_003L) ^ (state.bot.id() << 7));
    }
}
