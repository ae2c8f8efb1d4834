package com.telekpr.admin.store;

import com.telekpr.events.CustomerDetails;
import com.telekpr.events.CustomerEvent;
import com.telekpr.events.CustomerEvent.CustomerDeleted;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;

/** order.events' customer profiles into customers; the password never travels, so it is never here. */
public final class CustomerProjector {
    private static final String[] DETAILS = {"first_name", "middle_name", "last_name", "email", "phone", "gender",
        "date_of_birth", "street_address", "apt_suite", "city", "state", "postal_code", "country", "telegram_username",
        "instagram_username"};
    private static final String UPSERT = "insert into customers (profile_id, user_id, " + String.join(", ", DETAILS)
            + ", details_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)"
            + " on conflict (profile_id) do update set user_id = coalesce(customers.user_id, excluded.user_id), "
            + Sql.newerWins("customers", "details_at", DETAILS);

    private CustomerProjector() {
    }

    public static Uni<Void> apply(SqlConnection connection, Envelope envelope, CustomerEvent event) {
        if (event instanceof CustomerRegistered registered) {
            return details(connection, envelope, registered.profileId(), registered.details())
                    .chain(() -> Sql.run(connection, "update customers set registered_at = coalesce(registered_at, $2)"
                            + " where profile_id = $1", registered.profileId(), envelope.time()));
        }
        if (event instanceof CustomerUpdated updated) {
            return details(connection, envelope, updated.profileId(), updated.details());
        }
        if (event instanceof CustomerDeleted deleted) {
            return Sql.run(connection, "insert into customers (profile_id, user_id, deleted_at) values ($1, $2, $3)"
                    + " on conflict (profile_id) do update set deleted_at = coalesce(customers.deleted_at, excluded.deleted_at)",
                    deleted.profileId(), envelope.userId(), envelope.time());
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> details(SqlConnection connection, Envelope envelope, UUID profile, CustomerDetails d) {
        return Sql.run(connection, UPSERT, profile, envelope.userId(), d.firstName(), d.middleName(), d.lastName(),
                d.email(), d.phone(), d.gender(), d.dateOfBirth(), d.streetAddress(), d.aptSuite(), d.city(), d.state(),
                d.postalCode(), d.country(), d.telegramUsername(), d.instagramUsername(), envelope.time());
    }
}
