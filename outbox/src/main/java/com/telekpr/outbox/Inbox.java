package com.telekpr.outbox;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.MalformedMessageException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The consumer side of exactly-once: each message's effect runs in one transaction with the record
 * of its id, and a message whose id was recorded before is acknowledged without effect.
 *
 * <p>A failing effect is retried in place ({@link Retrying}), so the partition waits and keeps its order:
 * for as long as the failure is transient (the database away), a few times when it is not. Messages
 * nobody can read, and effects that keep failing, are nacked; the channel's failure strategy
 * ({@link CountedDeadLetterQueue}) then moves them to {@code <topic>.dlq} with the reason, counted.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String RECORD = "insert into processed_messages (message_id, type) values (:id, :type)"
            + " on conflict do nothing";

    private final Retrying retrying;
    private final InboxMetrics metrics;

    Inbox(Retrying retrying, InboxMetrics metrics) {
        this.retrying = retrying;
        this.metrics = metrics;
    }

    /** Reads the message's envelope and applies {@code effect} once; acks or nacks the message. */
    public Uni<Void> consume(Message<String> message, Function<Envelope, Uni<Void>> effect) {
        return consume(message, effect, null);
    }

    /**
     * As {@link #consume(Message, Function)}, then — only if the effect was applied now, and only after its
     * transaction committed — {@code afterCommit}, for work that must not sit inside a transaction, such
     * as a call to a third party. It runs at most once per message; its failures are logged, not retried,
     * so whatever it starts must be recoverable by other means.
     */
    public Uni<Void> consume(Message<String> message, Function<Envelope, Uni<Void>> effect,
                             Function<Envelope, Uni<Void>> afterCommit) {
        return decoded(message, envelope -> {
            Uni<Boolean> applied = retrying(() -> processOnce(envelope, effect))
                    .call(now -> now && afterCommit != null ? afterCommit.apply(envelope).onFailure()
                            .recoverWithItem(failure -> {
                                LOG.errorf("after-commit work of %s %s failed: %s", envelope.type(), envelope.id(), failure);
                                return null;
                            }) : Uni.createFrom().voidItem());
            return settle(message, applied, envelope.type() + " " + envelope.id());
        });
    }

    /**
     * As {@link #consume(Message, Function)} for an effect written in plain SQL, whose transaction the caller
     * makes: {@code guarded} runs it through {@link #processOnce(SqlConnection, Envelope, BiFunction)} and answers
     * whether it was applied now. Read models use it, to take a lock first in the same transaction.
     */
    public Uni<Void> consumeGuarded(Message<String> message, Function<Envelope, Uni<Boolean>> guarded) {
        return decoded(message, envelope -> settle(message, retrying(() -> guarded.apply(envelope)),
                envelope.type() + " " + envelope.id()));
    }

    /**
     * Records the envelope id and runs {@code effect} on {@code connection}, inside the caller's transaction;
     * false, and no effect, if the id was recorded before.
     */
    public Uni<Boolean> processOnce(SqlConnection connection, Envelope envelope,
                                    BiFunction<SqlConnection, Envelope, Uni<Void>> effect) {
        return connection
                .preparedQuery("insert into processed_messages (message_id, type) values ($1, $2) on conflict do nothing")
                .execute(Tuple.of(envelope.id(), envelope.type()))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        metrics.duplicate();
                        return Uni.createFrom().item(false);
                    }
                    return effect.apply(connection, envelope).replaceWith(true);
                });
    }

    /** {@code then} with the message's envelope; a message that is none is dead-lettered at once. */
    private Uni<Void> decoded(Message<String> message, Function<Envelope, Uni<Void>> then) {
        Envelope envelope;
        try {
            envelope = EnvelopeCodec.decode(message.getPayload());
        } catch (MalformedMessageException unreadable) {
            return reject(message, unreadable);
        }
        return then.apply(envelope);
    }

    /**
     * Acks {@code message} once {@code work} (already guarded and retried, see {@link #retrying}) succeeds;
     * nacks it to the dead-letter topic if {@code work} fails for good.
     */
    public Uni<Void> settle(Message<?> message, Uni<?> work, String what) {
        return work.chain(done -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf("dead-lettering %s: %s", what, failure);
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    /** Nacks a message nobody can read to the dead-letter topic at once: trying again will not help. */
    public Uni<Void> reject(Message<?> message, Throwable unreadable) {
        LOG.errorf("dead-lettering an unreadable message: %s", unreadable.getMessage());
        return Uni.createFrom().completionStage(message.nack(unreadable));
    }

    /** Runs {@code effect} and records the envelope id in one transaction; false if it was seen before. */
    public Uni<Boolean> processOnce(Envelope envelope, Function<Envelope, Uni<Void>> effect) {
        return processOnce(envelope.id(), envelope.type(), () -> effect.apply(envelope));
    }

    /**
     * The same guard for input that is not an envelope (a raw Telegram update, named by an id derived
     * from its update_id): {@code effect} and the id's record commit together; false if seen before.
     */
    public Uni<Boolean> processOnce(UUID messageId, String type, Supplier<Uni<Void>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter("id", messageId)
                        .setParameter("type", type)
                        .executeUpdate())
                .chain(recorded -> {
                    if (recorded == 0) {
                        metrics.duplicate();
                        return Uni.createFrom().item(false);
                    }
                    return effect.get().replaceWith(true);
                }));
    }

    /**
     * {@code attempt} re-run from the start on failure: while the failure is transient, for as long as it
     * lasts; otherwise up to the configured attempts. For work that must happen before {@link #processOnce}
     * (reading other services, say) and be redone with it.
     */
    public <T> Uni<T> retrying(Supplier<Uni<T>> attempt) {
        return retrying.run(attempt);
    }

    /** Whether {@code messageId} was processed already: a cheap early skip before work outside the guard. */
    public Uni<Boolean> seen(UUID messageId) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from processed_messages where message_id = :id", Long.class)
                .setParameter("id", messageId).getSingleResult()).map(count -> count > 0));
    }
}
