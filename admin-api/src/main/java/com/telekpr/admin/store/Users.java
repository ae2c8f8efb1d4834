package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;

/** The users row every projection about a user may be the first to need. */
final class Users {
    private Users() {
    }

    static Uni<Void> ensure(SqlConnection connection, UUID user) {
        return Sql.run(connection, "insert into users (user_id) values ($1) on conflict do nothing", user);
    }

    /** Adds to one of the user's running sums (orders_count, tokens_spent, usd_paid). */
    static Uni<Void> add(SqlConnection connection, UUID user, String column, Number amount) {
        return ensure(connection, user).chain(() -> Sql.run(connection,
                "update users set " + column + " = " + column + " + $2 where user_id = $1", user, amount));
    }
}
