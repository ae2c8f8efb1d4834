package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;

/** The users' running sums, which any projection about a user may be the first to touch. */
final class Users {
    private Users() {
    }

    /** Adds to one of the user's running sums (orders_count, tokens_spent, usd_paid), making the row if need be. */
    static Uni<Void> add(SqlConnection connection, UUID user, String column, Number amount) {
        return Sql.run(connection, "insert into users (user_id, " + column + ") values ($1, $2) on conflict (user_id)"
                + " do update set " + column + " = users." + column + " + excluded." + column, user, amount);
    }
}
