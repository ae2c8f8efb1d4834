package com.telekpr.order.application;

import com.telekpr.outbox.PersonalKeys;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * UserErased: the person's profiles keep their ids, which orders refer to, and lose every personal field and the
 * password; the key their fields were sealed with in order.events is destroyed, so a replay shows them to nobody.
 */
@ApplicationScoped
public class PersonErasure {
    private static final String SCRUB = "update customer_profiles set first_name = null, middle_name = null,"
            + " last_name = null, email = null, phone = null, gender = null, date_of_birth = null, street_address = null,"
            + " apt_suite = null, city = null, state = null, postal_code = null, country = null, telegram_username = null,"
            + " instagram_username = null, password_encrypted = null, deleted_at = coalesce(deleted_at, now()),"
            + " erased_at = coalesce(erased_at, now()), updated_at = now() where user_id = :user";

    private final PersonalKeys keys;

    PersonErasure(PersonalKeys keys) {
        this.keys = keys;
    }

    public Uni<Void> erase(UUID user) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(SCRUB).setParameter("user", user).executeUpdate())
                .chain(() -> keys.erase(user)));
    }
}
