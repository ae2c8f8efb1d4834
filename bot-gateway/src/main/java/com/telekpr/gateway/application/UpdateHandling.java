package com.telekpr.gateway.application;

import com.telekpr.events.Message;
import com.telekpr.events.NotificationCommand.AnswerCallback;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.gateway.domain.BotTexts;
import com.telekpr.gateway.domain.FrontDesk;
import com.telekpr.gateway.domain.Incoming;
import com.telekpr.gateway.domain.Reply;
import com.telekpr.outbox.Inbox;
import com.telekpr.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One Telegram update, once: recognise the user, decide the answers, queue them for notification-service
 * as commands through the outbox — all in one transaction with the update's id, so a redelivered
 * update changes nothing and a crash leaves either everything or nothing.
 */
@ApplicationScoped
public class UpdateHandling {
    static final String TYPE = "TelegramUpdate";

    private final Inbox inbox;
    private final Outbox outbox;
    private final UserAccounts accounts;

    UpdateHandling(Inbox inbox, Outbox outbox, UserAccounts accounts) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.accounts = accounts;
    }

    /** The id an update is remembered by, and the correlation id of everything it causes. */
    public static UUID idOf(long updateId) {
        return UUID.nameUUIDFromBytes(("telegram-update:" + updateId).getBytes(StandardCharsets.UTF_8));
    }

    /** Handles {@code update} (retried on failure); false if it was handled before. */
    public Uni<Boolean> handle(Incoming update) {
        UUID id = idOf(update.updateId());
        return inbox.processOnceRetrying(id, TYPE, () -> accounts.recognise(update, id).chain(recognised -> {
            var user = recognised.user();
            var visitor = new FrontDesk.Visitor(firstName(update), recognised.newcomer(), user.operator, user.suspended,
                    user.suspensionToldAt != null, BotTexts.forLanguage(user.language));
            List<Message> commands = FrontDesk.answer(update, visitor).stream()
                    .map(reply -> toCommand(reply, update.chatId())).toList();
            if (user.suspended && user.suspensionToldAt == null) {
                user.suspensionToldAt = Instant.now();
            }
            return outbox.appendInChain(id, user.id, user.id.toString(), commands);
        }));
    }

    private static String firstName(Incoming update) {
        String first = update.from().firstName();
        return first == null || first.isBlank() ? update.from().fullName() : first.strip();
    }

    private static Message toCommand(Reply reply, long chatId) {
        if (reply instanceof Reply.ButtonAnswer answer) {
            return new AnswerCallback(answer.callbackQueryId(), answer.text(), false);
        }
        var message = (Reply.Message) reply;
        return new SendMessage(chatId, message.text(), message.keyboard());
    }
}
