package com.telekpr.notification.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class BroadcastRepository implements PanacheRepositoryBase<BroadcastEntity, UUID> {
    /**
     * One queued message per reachable recipient (not blocked, not suspended; admins only in test
     * mode), with an id derived from broadcast and user, so sending twice or after a crash queues no
     * one twice.
     */
    private static final String ENQUEUE = "insert into outgoing_messages (id, command_id, part, user_id, chat_id, kind,"
            + " lane, payload, status, broadcast_id, correlation_id)"
            + " select md5(cast(:broadcast as uuid)::text || ':' || u.user_id)::uuid, cast(:broadcast as uuid), 0, u.user_id,"
            + " u.chat_id, 'SendMessage', 'bulk',"
            + " json_build_object('chatId', u.chat_id, 'text', cast(:text as text), 'keyboard', json_build_array())::text,"
            + " 'queued', cast(:broadcast as uuid), cast(:broadcast as uuid)"
            + " from telegram_users u where u.blocked_at is null and not u.suspended"
            + " and (u.is_admin or not cast(:testMode as boolean))"
            + " order by u.user_id on conflict (id) do nothing";

    public Uni<BroadcastEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Queues the broadcast's text for every recipient; returns how many were queued now. */
    public Uni<Integer> enqueueRecipients(UUID broadcastId, String text, boolean testMode) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENQUEUE)
                .setParameter("broadcast", broadcastId).setParameter("text", text).setParameter("testMode", testMode)
                .executeUpdate());
    }
}
