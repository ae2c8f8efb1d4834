package com.telekpr.gateway.application;

import com.telekpr.events.UserEvent.UserActive;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.events.UserEvent.UserUpdated;
import com.telekpr.gateway.domain.ChatUpdate;
import com.telekpr.gateway.domain.TelegramIdentity;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.store.UserEntity;
import com.telekpr.gateway.store.UserRepository;
import com.telekpr.outbox.Outbox;
import com.telekpr.outbox.PersonalKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * First contact creates the user (UserRegistered, roles from configuration); a changed name,
 * username or language is recorded (UserUpdated). Runs in a transaction of its own, before the update's
 * guarded one (the flow must know the user, and the lookups it needs run between the two): a crash in
 * between keeps the user, and the redelivered update greets them as known. Names and usernames go into the events
 * sealed with the user's own key (PersonalKeys), so erasing the user makes them unreadable in all history.
 */
@ApplicationScoped
public class UserAccounts {
    private final UserRepository users;
    private final Outbox outbox;
    private final GatewayConfig config;
    private final PersonalKeys keys;

    UserAccounts(UserRepository users, Outbox outbox, GatewayConfig config, PersonalKeys keys) {
        this.users = users;
        this.outbox = outbox;
        this.config = config;
        this.keys = keys;
    }

    public record Recognised(UserEntity user, boolean newcomer) {
    }

    public Uni<Recognised> recognise(ChatUpdate update, UUID correlationId) {
        TelegramIdentity from = update.from();
        return users.byTelegramId(from.telegramId()).chain(existing -> existing == null
                ? register(update, correlationId).map(user -> new Recognised(user, true))
                : refresh(existing, from, correlationId).map(user -> new Recognised(user, false)))
                .call(recognised -> markActive(recognised.user(), correlationId));
    }

    /**
     * The user's first update of the UTC day tells UserActive, once: the day is kept on the user in the
     * same transaction, so a redelivered or retried update does not tell it again.
     */
    private Uni<Void> markActive(UserEntity user, UUID correlationId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (today.equals(user.lastActiveDay)) {
            return Uni.createFrom().voidItem();
        }
        user.lastActiveDay = today;
        return outbox.appendInChain(correlationId, user.id, user.id.toString(), List.of(new UserActive(today)));
    }

    private Uni<UserEntity> register(ChatUpdate update, UUID correlationId) {
        TelegramIdentity from = update.from();
        var user = new UserEntity();
        user.id = UUID.randomUUID();
        user.telegramId = from.telegramId();
        user.chatId = update.chatId();
        user.username = from.username();
        user.fullName = from.fullName();
        user.language = BotTexts.language(from.languageCode());
        user.admin = config.isAdmin(from.telegramId());
        user.operator = config.isOperator(from.telegramId());
        user.createdAt = Instant.now();
        user.updatedAt = user.createdAt;
        return users.persist(user).call(() -> keys.forWriting(user.id).chain(seal -> outbox.appendInChain(correlationId,
                user.id, user.id.toString(), List.of(new UserRegistered(user.telegramId, user.chatId,
                        seal.seal(user.id, user.username), seal.seal(user.id, user.fullName), user.language, user.admin,
                        user.operator)))));
    }

    private Uni<UserEntity> refresh(UserEntity user, TelegramIdentity from, UUID correlationId) {
        String language = BotTexts.language(from.languageCode());
        if (Objects.equals(user.username, from.username()) && user.fullName.equals(from.fullName())
                && user.language.equals(language)) {
            return Uni.createFrom().item(user);
        }
        user.username = from.username();
        user.fullName = from.fullName();
        user.language = language;
        return announce(user, correlationId).replaceWith(user);
    }

    /** UserUpdated with the user's current state; the caller has changed it. */
    Uni<Void> announce(UserEntity user, UUID correlationId) {
        user.updatedAt = Instant.now();
        return keys.forWriting(user.id).chain(seal -> outbox.appendInChain(correlationId, user.id, user.id.toString(),
                List.of(new UserUpdated(seal.seal(user.id, user.username), seal.seal(user.id, user.fullName), user.language,
                        user.admin, user.operator, user.suspended))));
    }
}
