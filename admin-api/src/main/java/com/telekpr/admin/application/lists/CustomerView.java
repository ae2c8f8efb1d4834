package com.telekpr.admin.application.lists;

import com.telekpr.admin.store.Sql;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A customer profile (product.md §3.1) with its owner's username; never a password, which no event carries. */
public record CustomerView(UUID profileId, UUID userId, String ownerUsername, String firstName, String middleName,
                           String lastName, String email, String phone, String gender, LocalDate dateOfBirth,
                           String streetAddress, String aptSuite, String city, String state, String postalCode,
                           String country, String telegramUsername, String instagramUsername, Instant registeredAt,
                           Instant updatedAt, Instant deletedAt, long ordersCount) {

    static final String COLUMNS = "c.profile_id, c.user_id, u.username as owner_username, c.first_name, c.middle_name,"
            + " c.last_name, c.email, c.phone, c.gender, c.date_of_birth, c.street_address, c.apt_suite, c.city, c.state,"
            + " c.postal_code, c.country, c.telegram_username, c.instagram_username, c.registered_at, c.details_at,"
            + " c.deleted_at, (select count(*) from orders o where o.customer_profile_id = c.profile_id) as orders_count";
    static final String FROM = " from customers c left join users u on u.user_id = c.user_id";

    static CustomerView of(Row row) {
        return new CustomerView(row.getUUID("profile_id"), row.getUUID("user_id"), row.getString("owner_username"),
                row.getString("first_name"), row.getString("middle_name"), row.getString("last_name"),
                row.getString("email"), row.getString("phone"), row.getString("gender"), row.getLocalDate("date_of_birth"),
                row.getString("street_address"), row.getString("apt_suite"), row.getString("city"), row.getString("state"),
                row.getString("postal_code"), row.getString("country"), row.getString("telegram_username"),
                row.getString("instagram_username"), Sql.instant(row, "registered_at"), Sql.instant(row, "details_at"),
                Sql.instant(row, "deleted_at"), row.getLong("orders_count"));
    }
}
