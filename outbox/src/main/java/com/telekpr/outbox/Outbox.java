package com.telekpr.outbox;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.Message;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Where business code puts the messages it emits: in the outbox table, inside the caller's open
 * transaction, so they exist if and only if the state change they describe was committed.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = "insert into outbox (id, topic, message_key, type, payload)"
            + " values (:id, :topic, :key, :type, :payload)";

    private final String source;

    Outbox(OutboxConfig config) {
        this.source = config.source();
    }

    /** Must be called inside {@code Panache.withTransaction}; fails otherwise rather than publish unguarded. */
    public Uni<Void> append(List<Envelope> envelopes) {
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Outbox.append needs an open transaction: call it inside Panache.withTransaction"))
                .chain(transaction -> Panache.getSession())
                .chain(session -> {
                    // one statement at a time: a reactive session runs no two queries at once
                    Uni<Void> inserts = Uni.createFrom().voidItem();
                    for (Envelope envelope : envelopes) {
                        inserts = inserts.chain(() -> insert(session, envelope));
                    }
                    return inserts;
                });
    }

    private static Uni<Void> insert(Mutiny.Session session, Envelope envelope) {
        return session.createNativeQuery(INSERT)
                .setParameter("id", envelope.id())
                .setParameter("topic", envelope.topic())
                .setParameter("key", envelope.key())
                .setParameter("type", envelope.type())
                .setParameter("payload", EnvelopeCodec.encode(envelope))
                .executeUpdate()
                .replaceWithVoid();
    }

    public Uni<Void> append(Envelope envelope) {
        return append(List.of(envelope));
    }

    /** Appends {@code messages} as the consequences of {@code cause}: same user and correlation. */
    public Uni<Void> appendCausedBy(Envelope cause, String subject, List<? extends Message> messages) {
        return append(messages.stream().map(message -> Envelope.causedBy(cause, source, subject, message)).toList());
    }

    /** Appends {@code messages} to the chain {@code correlationId} started (a new chain when it is null). */
    public Uni<Void> appendInChain(UUID correlationId, UUID userId, String subject, List<? extends Message> messages) {
        if (correlationId == null) {
            return appendNew(userId, subject, messages);
        }
        return append(messages.stream().map(message -> Envelope.inChain(correlationId, source, userId, subject, message))
                .toList());
    }

    /** Appends {@code messages} as the start of a new chain, e.g. for an admin's REST call. */
    public Uni<Void> appendNew(UUID userId, String subject, List<? extends Message> messages) {
        return append(messages.stream().map(message -> Envelope.first(source, userId, subject, message)).toList());
    }
}
