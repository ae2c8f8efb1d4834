package com.telekpr.gateway.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<UserEntity, UUID> {

    public Uni<UserEntity> byTelegramId(long telegramId) {
        return find("telegramId", telegramId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<UserEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first; {@code role} admin|operator|suspended narrows, {@code text} matches name or username. */
    public Uni<List<UserEntity>> search(String role, String text, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        var parameters = new Parameters();
        if ("admin".equals(role)) {
            where.append(" and admin = true");
        } else if ("operator".equals(role)) {
            where.append(" and operator = true");
        } else if ("suspended".equals(role)) {
            where.append(" and suspended = true");
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(fullName) like :text or lower(username) like :text)");
            parameters.and("text", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return find(where.toString(), Sort.descending("createdAt"), parameters).page(Page.of(page, size)).list();
    }
}
