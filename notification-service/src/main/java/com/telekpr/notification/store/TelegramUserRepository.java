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
}
