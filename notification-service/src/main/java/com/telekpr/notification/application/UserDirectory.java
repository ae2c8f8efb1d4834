package com.telekpr.notification.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.UserEvent.UserBlockedBot;
import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.events.UserEvent.UserUpdated;
import com.telekpr.notification.store.TelegramUserEntity;
import com.telekpr.notification.store.TelegramUserRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Keeps each user's chat, language, admin flag and reachability from user.events; forgets an erased one. */
@ApplicationScoped
public class UserDirectory {
    private final TelegramUserRepository users;
    private final EventNotices notices;
    private final PersonErasure erasure;

    UserDirectory(TelegramUserRepository users, EventNotices notices, PersonErasure erasure) {
        this.users = users;
        this.notices = notices;
        this.erasure = erasure;
    }

    /** Inside the inbox transaction of {@code event}. */
    public Uni<Void> apply(Envelope event) {
        if (event.data() instanceof UserRegistered registered) {
            return users.lockUser(event.requiredUserId()).chain(() -> users.findById(event.requiredUserId())).chain(existing -> {
                var user = existing != null ? existing : new TelegramUserEntity();
                user.userId = event.requiredUserId();
                user.telegramId = registered.telegramId();
                user.chatId = registered.chatId();
                user.language = registered.language() == null ? "en" : registered.language();
                user.admin = registered.admin();
                user.blockedAt = null; // a user who starts the bot again can be written to again
                user.updatedAt = Instant.now();
                return (existing != null ? Uni.createFrom().item(user) : users.persist(user))
                        .chain(() -> notices.releaseHeld(user));
            });
        }
        if (event.data() instanceof UserUpdated updated) {
            return users.findById(event.requiredUserId()).invoke(user -> {
                if (user != null) {
                    user.language = updated.language() == null ? user.language : updated.language();
                    user.admin = updated.admin();
                    user.suspended = updated.suspended();
                    user.updatedAt = Instant.now();
                }
            }).replaceWithVoid();
        }
        if (event.data() instanceof UserBlockedBot) {
            return users.findById(event.requiredUserId()).invoke(user -> {
                if (user != null && user.blockedAt == null) {
                    user.blockedAt = Instant.now();
                }
            }).replaceWithVoid();
        }
        if (event.data() instanceof UserErased) {
            return erasure.erase(event.requiredUserId());
        }
        return Uni.createFrom().voidItem();
    }
}
