package com.telekpr.notification.application;

import com.telekpr.events.DeliveryEvent.MessageFailed;
import com.telekpr.events.Envelope;
import com.telekpr.events.NotificationCommand;
import com.telekpr.events.NotificationCommand.AnswerCallback;
import com.telekpr.events.NotificationCommand.EditMessage;
import com.telekpr.events.NotificationCommand.SendDocument;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.notification.domain.Lane;
import com.telekpr.notification.domain.TextSplitter;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.notification.store.CommandPayloads;
import com.telekpr.notification.store.NewMessage;
import com.telekpr.notification.store.OutgoingMessageRepository;
import com.telekpr.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns an accepted request into queued rows, inside the transaction that accepted it: a text over
 * Telegram's 4,096 characters becomes several messages (the keyboard on the last), an edit or a
 * caption that cannot be split is shortened. Row ids derive from the request, so a repeat adds nothing.
 */
@ApplicationScoped
public class MessageIntake {
    private static final int CAPTION_MAX = 1024;

    private final OutgoingMessageRepository messages;
    private final Outbox outbox;

    MessageIntake(OutgoingMessageRepository messages, Outbox outbox) {
        this.messages = messages;
        this.outbox = outbox;
    }

    /** Queues {@code command} under the id {@code requestId}, with {@code status} queued (or blocked: recorded, never sent). */
    public Uni<Void> accept(UUID requestId, Envelope cause, NotificationCommand command, MessageStatus status) {
        Uni<Void> inserts = Uni.createFrom().voidItem();
        List<NotificationCommand> parts = partsOf(command);
        for (int part = 0; part < parts.size(); part++) {
            var row = new NewMessage(partId(requestId, part), requestId, part, cause.userId(), chatOf(parts.get(part)),
                    parts.get(part).getClass().getSimpleName(), laneOf(command).storedName(),
                    CommandPayloads.write(parts.get(part)), status.stored(), null, cause.correlationId());
            inserts = inserts.chain(() -> messages.insert(row).replaceWithVoid());
        }
        if (status == MessageStatus.BLOCKED) { // recorded, not sent: its outcome is known now
            Long chat = chatOf(command);
            inserts = inserts.chain(() -> outbox.appendCausedBy(cause, requestId.toString(), List.of(new MessageFailed(
                    requestId, chat == null ? 0 : chat, "not sent: the user blocked the bot"))));
        }
        return inserts;
    }

    private static List<NotificationCommand> partsOf(NotificationCommand command) {
        if (command instanceof SendMessage send) {
            // an empty text is queued as it is: Telegram's 400 "message text is empty" becomes its MessageFailed
            List<String> texts = TextSplitter.split(send.text() == null ? "" : send.text());
            List<NotificationCommand> parts = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                boolean last = i == texts.size() - 1;
                parts.add(new SendMessage(send.chatId(), texts.get(i), last ? send.keyboard() : List.of()));
            }
            return parts;
        }
        if (command instanceof EditMessage edit) {
            return List.of(new EditMessage(edit.chatId(), edit.messageId(),
                    TextSplitter.truncate(edit.text() == null ? "" : edit.text(), TextSplitter.TELEGRAM_MAX), edit.keyboard()));
        }
        if (command instanceof SendDocument document && document.caption() != null) {
            return List.of(new SendDocument(document.chatId(), document.fileName(), document.contentBase64(),
                    TextSplitter.truncate(document.caption(), CAPTION_MAX)));
        }
        return List.of(command);
    }

    private static UUID partId(UUID requestId, int part) {
        return part == 0 ? requestId
                : UUID.nameUUIDFromBytes((requestId + ":" + part).getBytes(StandardCharsets.UTF_8));
    }

    static Long chatOf(NotificationCommand command) {
        if (command instanceof SendMessage send) {
            return send.chatId();
        }
        if (command instanceof EditMessage edit) {
            return edit.chatId();
        }
        if (command instanceof SendDocument document) {
            return document.chatId();
        }
        return null;
    }

    private static Lane laneOf(NotificationCommand command) {
        return command instanceof AnswerCallback ? Lane.CALLBACK : Lane.DIRECT;
    }
}
