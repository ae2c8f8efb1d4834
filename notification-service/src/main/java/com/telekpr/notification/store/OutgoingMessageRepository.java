package com.telekpr.notification.store;

import com.telekpr.notification.domain.Lane;
import com.telekpr.notification.domain.Ticket;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OutgoingMessageRepository implements PanacheRepositoryBase<OutgoingMessageEntity, UUID> {
    private static final String INSERT = "insert into outgoing_messages (id, command_id, part, user_id, chat_id, kind,"
            + " lane, payload, status, broadcast_id, correlation_id, finished_at) values (:id, :command, :part, :user,"
            + " :chat, :kind, :lane, :payload, :status, :broadcast, :correlation,"
            + " case when :status = 'queued' then null else now() end) on conflict (id) do nothing";

    /** Queues (or, for an unreachable user, records as already ended) one request; a repeat id is ignored. */
    public Uni<Integer> insert(NewMessage message) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("id", message.id()).setParameter("command", message.commandId())
                .setParameter("part", message.part()).setParameter("user", message.userId())
                .setParameter("chat", message.chatId()).setParameter("kind", message.kind())
                .setParameter("lane", message.lane()).setParameter("payload", message.payload())
                .setParameter("status", message.status()).setParameter("broadcast", message.broadcastId())
                .setParameter("correlation", message.correlationId())
                .executeUpdate());
    }

    public Uni<OutgoingMessageEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Queued requests after {@code seq}, oldest first, as the scheduler needs them: broadcast rows or
     * the others, read apart so that a long broadcast never keeps a direct message out of memory.
     */
    public Uni<List<QueuedRow>> queuedAfter(long seq, int limit, boolean bulk) {
        return find("status = 'queued' and seq > ?1 and lane " + (bulk ? "=" : "<>") + " 'bulk' order by seq", seq)
                .page(0, limit).project(QueuedRow.class).list();
    }

    /** The rows still queued for a chat, e.g. to end them all when its user blocks the bot. */
    public Uni<List<OutgoingMessageEntity>> queuedFor(long chatId) {
        return list("status = 'queued' and chatId = ?1 order by seq", chatId);
    }

    public Uni<Integer> cancelQueuedOf(UUID broadcastId) {
        return update("status = 'cancelled', finishedAt = ?2 where broadcastId = ?1 and status = 'queued'",
                broadcastId, Instant.now());
    }

    /** How many of a broadcast's messages are in each status. */
    public Uni<Map<String, Long>> countsOf(UUID broadcastId) {
        return Panache.getSession().chain(session -> session.createQuery("select status, count(*) from"
                        + " OutgoingMessageEntity where broadcastId = :id group by status", Object[].class)
                .setParameter("id", broadcastId).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1])));
    }

    /** A queued request as the scheduler needs it, and when it may be tried. */
    public record QueuedRow(UUID id, Long chatId, long seq, String lane, Instant nextAttemptAt) {
        public Ticket ticket() {
            return new Ticket(id, chatId == null ? 0 : chatId, seq, Lane.fromStoredName(lane));
        }
    }
}
