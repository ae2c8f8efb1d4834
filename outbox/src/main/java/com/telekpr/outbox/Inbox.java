package com.telekpr.outbox;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.MalformedMessageException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The consumer side of exactly-once: each message's effect runs in one transaction with the record
 * of its id, and a message whose id was recorded before is acknowledged without effect.
 *
 * <p>Messages nobody can read, and effects that keep failing, are nacked; the channel's
 * dead-letter-queue failure strategy then moves them to {@code <topic>.dlq} with the reason, and the
 * partition goes on.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String RECORD = "insert into processed_messages (message_id, type) values (:id, :type)"
            + " on conflict do nothing";

    private final OutboxConfig config;
    private final Vertx vertx;
    private final Counter duplicates;
    private final Counter deadLettered;

    Inbox(OutboxConfig config, Vertx vertx, MeterRegistry registry) {
        this.config = config;
        this.vertx = vertx;
        this.duplicates = Counter.builder("telekpr.inbox.duplicates")
                .description("Messages skipped because their id was processed before").register(registry);
        this.deadLettered = Counter.builder("telekpr.inbox.dead.lettered")
                .description("Messages sent to a dead-letter topic").register(registry);
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
        Envelope envelope;
        try {
            envelope = EnvelopeCodec.decode(message.getPayload());
        } catch (MalformedMessageException unreadable) {
            return deadLetter(message, unreadable);
        }
        return this.<Boolean>withRetries(() -> processOnce(envelope, effect), 1)
                .call(applied -> applied && afterCommit != null ? afterCommit.apply(envelope).onFailure()
                        .recoverWithItem(failure -> {
                            LOG.errorf("after-commit work of %s %s failed: %s", envelope.type(), envelope.id(), failure);
                            return null;
                        }) : Uni.createFrom().voidItem())
                .chain(applied -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(failure -> deadLetter(message, new IllegalStateException(
                        envelope.type() + " " + envelope.id() + " failed " + config.maxAttempts() + " times: "
                                + failure, failure)));
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
                        duplicates.increment();
                        return Uni.createFrom().item(false);
                    }
                    return effect.get().replaceWith(true);
                }));
    }

    /** {@link #processOnce(UUID, String, Supplier)}, retried with backoff like the effects of {@link #consume}. */
    public Uni<Boolean> processOnceRetrying(UUID messageId, String type, Supplier<Uni<Void>> effect) {
        return retrying(() -> processOnce(messageId, type, effect));
    }

    /**
     * {@code attempt} re-run from the start on failure, with the same backoff and limit, when work must
     * happen before {@link #processOnce} (reading other services, say) and be redone with it.
     */
    public <T> Uni<T> retrying(Supplier<Uni<T>> attempt) {
        return this.<T>withRetries(attempt::get, 1);
    }

    /** Whether {@code messageId} was processed already: a cheap early skip before work outside the guard. */
    public Uni<Boolean> seen(UUID messageId) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from processed_messages where message_id = :id", Long.class)
                .setParameter("id", messageId).getSingleResult()).map(count -> count > 0));
    }

    private <T> Uni<T> withRetries(Supplier<Uni<? extends T>> attempt, int number) {
        return Uni.createFrom().<T>deferred(attempt).onFailure().recoverWithUni(failure -> {
            // a message the effect found unreadable will not become readable by trying again
            if (number >= config.maxAttempts() || failure instanceof MalformedMessageException) {
                return Uni.createFrom().failure(failure);
            }
            long delay = config.retryBackoff().toMillis() << (number - 1);
            LOG.warnf("attempt %d failed, retrying in %d ms: %s", number, delay, failure.toString());
            // the timer fires on the caller's Vert.x context, where the reactive session must run
            return Uni.createFrom().<Void>emitter(done -> vertx.setTimer(delay, id -> done.complete(null)))
                    .chain(() -> this.<T>withRetries(attempt, number + 1));
        });
    }

    private Uni<Void> deadLetter(Message<String> message, Throwable reason) {
        deadLettered.increment();
        LOG.errorf("dead-lettering a message: %s", reason.getMessage());
        return Uni.createFrom().completionStage(message.nack(reason));
    }
}
