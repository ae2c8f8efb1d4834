package com.telekpr.notification.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Events about users not known yet, kept as their envelope JSON until the user's UserRegistered arrives. */
@ApplicationScoped
public class HeldNoticeRepository {

    public Uni<Void> hold(UUID envelopeId, UUID userId, String envelope) {
        return Panache.getSession().chain(session -> session.createNativeQuery("insert into held_notices"
                        + " (envelope_id, user_id, envelope) values (:id, :user, :envelope) on conflict do nothing")
                .setParameter("id", envelopeId).setParameter("user", userId).setParameter("envelope", envelope)
                .executeUpdate()).replaceWithVoid();
    }

    /** Removes and returns the user's held envelopes, oldest first. */
    public Uni<List<String>> release(UUID userId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("with released as (delete from"
                        + " held_notices where user_id = :user returning envelope, held_at)"
                        + " select envelope from released order by held_at", String.class)
                .setParameter("user", userId).getResultList());
    }
}
