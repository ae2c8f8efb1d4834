package com.telekpr.notification.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TelegramUserRepository implements PanacheRepositoryBase<TelegramUserEntity, UUID> {

    /**
     * Serialises, until the transaction ends, everything that asks whether a user is known: an event
     * held for an unknown user and that user's registration cannot pass each other unseen.
     */
    public Uni<Void> lockUser(UUID userId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select 1 from (select pg_advisory_xact_lock(hashtext(:user))) locked", Integer.class)
                .setParameter("user", userId.toString()).getSingleResult()).replaceWithVoid();
    }

    /** The chat's user can be written to again; one statement, a no-op for the usual unblocked user. */
    public Uni<Integer> clearBlock(long chatId) {
        return update("blockedAt = null where chatId = ?1 and blockedAt is not null", chatId);
    }

    public Uni<TelegramUserEntity> byChat(long chatId) {
        return find("chatId", chatId).firstResult();
    }

    /** Users a broadcast would reach: not blocked, not suspended, and admins only in test mode. */
    public Uni<Long> reachable(boolean testMode) {
        return count("blockedAt is null and suspended = false and (admin = true or ?1 = false)", testMode);
    }
}
