package com.telekpr.notification.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TelegramUserRepository implements PanacheRepositoryBase<TelegramUserEntity, UUID> {

    public Uni<TelegramUserEntity> byChat(long chatId) {
        return find("chatId", chatId).firstResult();
    }

    /** Users a broadcast would reach: not blocked, not suspended, and admins only in test mode. */
    public Uni<Long> reachable(boolean testMode) {
        return count("blockedAt is null and suspended = false and (admin = true or ?1 = false)", testMode);
    }
}
