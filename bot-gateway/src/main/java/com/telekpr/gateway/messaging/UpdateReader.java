package com.telekpr.gateway.messaging;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.utility.BotUtils;
import com.telekpr.gateway.domain.ChatUpdate;
import com.telekpr.gateway.domain.TelegramIdentity;
import java.util.Optional;

/** Reads a raw update with pengrad's model and keeps what the bot acts on; other kinds are ignored. */
final class UpdateReader {
    private UpdateReader() {
    }

    /** The text message or button press in {@code json}; empty for kinds the bot does not use. */
    static Optional<ChatUpdate> read(String json) {
        Update update = BotUtils.parseUpdate(json);
        if (update == null || update.updateId() == null) {
            throw new IllegalArgumentException("not a Telegram update");
        }
        long updateId = update.updateId();
        // the bot serves private chats; in a group one chat would carry several users' drafts
        if (update.message() != null && update.message().from() != null
                && update.message().chat().type() == com.pengrad.telegrambot.model.Chat.Type.Private) {
            var message = update.message();
            return Optional.of(new ChatUpdate(updateId, message.chat().id(), identity(message.from()), message.text(),
                    null, null, message.messageId()));
        }
        var press = update.callbackQuery();
        if (press != null && press.maybeInaccessibleMessage() != null) {
            var on = press.maybeInaccessibleMessage();
            return Optional.of(new ChatUpdate(updateId, on.chat().id(), identity(press.from()), null, press.id(),
                    press.data(), on.messageId()));
        }
        return Optional.empty();
    }

    private static TelegramIdentity identity(User user) {
        return new TelegramIdentity(user.id(), user.username(), user.firstName(), user.lastName(), user.languageCode());
    }
}
