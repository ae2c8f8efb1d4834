package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.UUID;

/**
 * UserErased in the read models: the user's row keeps ids, money and counts; their profiles, the words their timeline
 * quoted them in and the live stream's copies of their events lose every personal field. Events replayed or arriving
 * afterwards open to nothing (their key is gone), so nothing comes back.
 */
final class ErasedPeople {
    private static final String USER = "insert into users (user_id, erased_at) values ($1, $2) on conflict (user_id)"
            + " do update set username = null, full_name = null, erased_at = coalesce(users.erased_at, excluded.erased_at)";
    private static final String[] SCRUB = {
        "update customers set first_name = null, middle_name = null, last_name = null, email = null, phone = null,"
            + " gender = null, date_of_birth = null, street_address = null, apt_suite = null, city = null, state = null,"
            + " postal_code = null, country = null, telegram_username = null, instagram_username = null"
            + " where user_id = $1",
        // the words the events say of an erased person (EventWords), so a rebuild, in whatever order, reads the same
        "update user_timeline set summary = case type when 'UserRegistered' then 'started the bot'"
            + " else 'customer profile created' end where user_id = $1 and type in ('UserRegistered', 'CustomerRegistered')"};
    private static final String STREAM = "delete from stream_events where data like $1";

    private ErasedPeople() {
    }

    static Uni<Void> erase(SqlConnection connection, UUID user, Instant at) {
        Uni<Void> all = Sql.run(connection, USER, user, at);
        for (String statement : SCRUB) {
            all = all.chain(() -> Sql.run(connection, statement, user));
        }
        return all.chain(() -> Sql.run(connection, STREAM, "%" + user + "%"));
    }
}
