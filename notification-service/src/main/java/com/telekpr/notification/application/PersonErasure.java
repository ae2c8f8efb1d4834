package com.telekpr.notification.application;

import com.telekpr.outbox.PersonalKeyring;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * UserErased: the person is no longer someone to write to, and the message log keeps that messages were sent (counts,
 * broadcasts' progress) but no longer what they said; a message still queued for them is cancelled.
 */
@ApplicationScoped
public class PersonErasure {
    private static final String SCRUB_LOG = "update outgoing_messages set payload = (payload::jsonb - 'keyboard'"
            + " || coalesce((select jsonb_object_agg(field, '[erased]') from jsonb_object_keys(payload::jsonb) field"
            + " where field in ('text', 'caption', 'fileName', 'contentBase64')), '{}'::jsonb))::text, last_error = null,"
            + " status = case when status = 'queued' then 'cancelled' else status end,"
            + " finished_at = coalesce(finished_at, now())"
            + " where user_id = :user or chat_id in (select chat_id from telegram_users where user_id = :user)";
    private static final String[] FORGET = {"delete from held_notices where user_id = :user",
        "delete from telegram_users where user_id = :user"};

    private final PersonalKeyring profileKeys;

    PersonErasure(PersonalKeyring profileKeys) {
        this.profileKeys = profileKeys;
    }

    /** Inside the inbox transaction of UserErased. */
    public Uni<Void> erase(UUID user) {
        profileKeys.forget(user);
        return Panache.getSession().chain(session -> {
            Uni<Integer> all = session.createNativeQuery(SCRUB_LOG).setParameter("user", user).executeUpdate();
            for (String statement : FORGET) {
                all = all.chain(() -> session.createNativeQuery(statement).setParameter("user", user).executeUpdate());
            }
            return all;
        }).replaceWithVoid();
    }
}
