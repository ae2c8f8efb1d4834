package com.telekpr.notification.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.Message;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.notification.domain.NoticeCatalogue;
import com.telekpr.notification.domain.Texts;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.notification.store.HeldNoticeRepository;
import com.telekpr.notification.store.TelegramUserEntity;
import com.telekpr.notification.store.TelegramUserRepository;
import com.telekpr.outbox.PersonalKeyring;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Tells a user what an event means for them, in their language, once. An event about a user we do
 * not know yet is held and told when their UserRegistered arrives; a user who blocked the bot is
 * recorded as not reached instead of being written to.
 */
@ApplicationScoped
public class EventNotices {
    private final TelegramUserRepository users;
    private final HeldNoticeRepository held;
    private final MessageIntake intake;
    private final PersonalKeyring profileKeys;

    EventNotices(TelegramUserRepository users, HeldNoticeRepository held, MessageIntake intake,
                 PersonalKeyring profileKeys) {
        this.users = users;
        this.held = held;
        this.intake = intake;
        this.profileKeys = profileKeys;
    }

    /** Inside the inbox transaction of {@code event}. */
    public Uni<Void> apply(Envelope event) {
        if (event.userId() == null || NoticeCatalogue.noticeFor(event.data(), Texts.forLanguage("en")).isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return users.lockUser(event.userId()).chain(() -> users.findById(event.userId())).chain(user -> user == null
                ? held.hold(event.id(), event.userId(), EnvelopeCodec.encode(event))
                : tell(user, event));
    }

    /** Tells {@code user} the events held for them; called when they become known. */
    Uni<Void> releaseHeld(TelegramUserEntity user) {
        return held.release(user.userId).chain(envelopes -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (String envelope : envelopes) {
                all = all.chain(() -> tell(user, EnvelopeCodec.decode(envelope)));
            }
            return all;
        });
    }

    private Uni<Void> tell(TelegramUserEntity user, Envelope event) {
        return profileKeys.opened(event).chain(data -> tell(user, event, data));
    }

    private Uni<Void> tell(TelegramUserEntity user, Envelope event, Message data) {
        var notice = NoticeCatalogue.noticeFor(data, Texts.forLanguage(user.language));
        if (notice.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID requestId = UUID.nameUUIDFromBytes(("notice:" + event.id()).getBytes(StandardCharsets.UTF_8));
        var message = new SendMessage(user.chatId, notice.get().text(), notice.get().keyboard());
        return intake.accept(requestId, event, message, user.blocked() ? MessageStatus.BLOCKED : MessageStatus.QUEUED);
    }
}
