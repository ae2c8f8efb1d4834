package com.telekpr.gateway.application;

import com.telekpr.gateway.store.UserEntity;
import java.time.Instant;
import java.util.UUID;

/** A user as admin-api sees them: identity, language, roles, suspension. */
public record UserView(UUID id, long telegramId, String username, String fullName, String language, boolean admin,
                       boolean operator, boolean suspended, Instant createdAt, Instant updatedAt) {

    static UserView of(UserEntity user) {
        return new UserView(user.id, user.telegramId, user.username, user.fullName, user.language, user.admin,
                user.operator, user.suspended, user.createdAt, user.updatedAt);
    }
}
