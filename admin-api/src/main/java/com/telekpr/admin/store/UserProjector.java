package com.telekpr.admin.store;

import com.telekpr.admin.store.QuarterTotals.Figure;
import com.telekpr.events.Envelope;
import com.telekpr.events.UserEvent;
import com.telekpr.events.UserEvent.UserActive;
import com.telekpr.events.UserEvent.UserBlockedBot;
import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.events.UserEvent.UserUpdated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;

/** user.events into users and user_activity. */
public final class UserProjector {
    private static final String PROFILE = "insert into users (user_id, username, full_name, language, is_admin,"
            + " is_operator, suspended, profile_at) values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (user_id) do update set "
            + Sql.newerWins("users", "profile_at", "username", "full_name", "language", "is_admin", "is_operator", "suspended");

    private UserProjector() {
    }

    public static Uni<Void> apply(SqlConnection connection, Envelope envelope, UserEvent event) {
        UUID user = envelope.requiredUserId();
        if (event instanceof UserRegistered registered) {
            return Sql.run(connection, PROFILE, user, registered.username(), registered.fullName(), registered.language(),
                            registered.admin(), registered.operator(), false, envelope.time())
                    .chain(() -> Sql.count(connection, "update users set telegram_id = $2, chat_id = $3, registered_at = $4"
                            + " where user_id = $1 and registered_at is null", user, registered.telegramId(),
                            registered.chatId(), envelope.time()))
                    .chain(first -> first == 1 ? QuarterTotals.add(connection, envelope.time(), Figure.NEW_USERS, 1)
                            : Uni.createFrom().voidItem());
        }
        if (event instanceof UserUpdated updated) {
            return Sql.run(connection, PROFILE, user, updated.username(), updated.fullName(), updated.language(),
                            updated.admin(), updated.operator(), updated.suspended(), envelope.time());
        }
        if (event instanceof UserErased) {
            return ErasedPeople.erase(connection, user, envelope.time());
        }
        if (event instanceof UserBlockedBot) {
            return Sql.run(connection, "insert into users (user_id, blocked_bot) values ($1, true)"
                    + " on conflict (user_id) do update set blocked_bot = true", user);
        }
        if (event instanceof UserActive active) {
            return Sql.run(connection, "insert into user_activity (user_id, day, active_at) values ($1, $2, $3)"
                            + " on conflict (user_id, day) do update set active_at = least(user_activity.active_at,"
                            + " excluded.active_at)", user, active.day(), envelope.time())
                    .chain(() -> Sql.run(connection, "insert into users (user_id, last_active) values ($1, $2)"
                            + " on conflict (user_id) do update set last_active = greatest(users.last_active,"
                            + " excluded.last_active)", user, active.day()));
        }
        return Uni.createFrom().voidItem();
    }
}
