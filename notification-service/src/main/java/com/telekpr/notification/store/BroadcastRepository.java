package com.telekpr.notification.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import com.telekpr.events.Button;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class BroadcastRepository implements PanacheRepositoryBase<BroadcastEntity, UUID> {
    /**
     * One queued message per reachable recipient (not blocked, not suspended; admins only in test
     * mode; only the named users when a list is given), with an id derived from broadcast and user, so
     * sending twice or after a crash queues no one twice.
     */
    private static final String ENQUEUE = "insert into outgoing_messages (id, command_id, part, user_id, chat_id, kind,"
            + " lane, payload, status, broadcast_id, correlation_id)"
            + " select md5(cast(:broadcast as uuid)::text || ':' || u.user_id)::uuid, cast(:broadcast as uuid), 0, u.user_id,"
            + " u.chat_id, 'SendMessage', 'bulk',"
            + " json_build_object('chatId', u.chat_id, 'text', cast(:text as text), 'keyboard', cast(cast(:keyboard as text) as json))::text,"
            + " 'queued', cast(:broadcast as uuid), cast(:broadcast as uuid)"
            + " from telegram_users u where u.blocked_at is null and not u.suspended"
            + " and (u.is_admin or not cast(:testMode as boolean))"
            + " and (cast(:recipients as text) is null"
            + " or u.user_id = any(cast(string_to_array(cast(:recipients as text), ',') as uuid[])))"
            + " order by u.user_id on conflict (id) do nothing";

    public Uni<BroadcastEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Queues the broadcast's text for every recipient; returns how many were queued now. */
    /** {@code recipients}: the users it goes to (of those reachable), or null for everyone reachable. */
    public Uni<Integer> enqueueRecipients(UUID broadcastId, String text, boolean testMode, List<List<Button>> keyboard,
                                          List<UUID> recipients) {
        String named = recipients == null ? null : recipients.stream().map(UUID::toString).collect(Collectors.joining(","));
        return Panache.getSession().chain(session -> session.createNativeQuery(ENQUEUE)
                .setParameter("broadcast", broadcastId).setParameter("text", text).setParameter("testMode", testMode)
                .setParameter("keyboard", CommandPayloads.keyboard(keyboard)).setParameter("recipients", named)
                .executeUpdate());
    }
}
