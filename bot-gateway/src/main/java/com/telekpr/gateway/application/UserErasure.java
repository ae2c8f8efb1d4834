package com.telekpr.gateway.application;

import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.gateway.store.ConversationRepository;
import com.telekpr.gateway.store.UserRepository;
import com.telekpr.outbox.Outbox;
import com.telekpr.outbox.PersonalKeys;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erase (product.md §9.4 "delete user", GDPR's erasure): the user, their unfinished drafts and the key of their sealed
 * names go in one transaction with UserErased, which every other service answers by forgetting its part. Should the
 * person write to the bot again, they start as somebody new.
 */
@ApplicationScoped
public class UserErasure {
    private final UserRepository users;
    private final ConversationRepository conversations;
    private final PersonalKeys keys;
    private final Outbox outbox;

    UserErasure(UserRepository users, ConversationRepository conversations, PersonalKeys keys, Outbox outbox) {
        this.users = users;
        this.conversations = conversations;
        this.keys = keys;
        this.outbox = outbox;
    }

    public record Erased(UUID userId, Instant erasedAt) {
    }

    public Uni<Erased> erase(UUID id) {
        return Panache.withTransaction(() -> users.lock(id)
                .onItem().ifNull().failWith(() -> new UnknownUserException(id))
                .call(user -> {
                    if (user.admin || user.operator) {
                        throw new StaffUserException(id);
                    }
                    return conversations.delete("userId", id);
                })
                .call(users::delete)
                .call(() -> keys.erase(id))
                .call(() -> outbox.appendNew(id, id.toString(), List.of(new UserErased())))
                .map(user -> new Erased(id, Instant.now())));
    }
}
