package com.telekpr.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The one shape of every message on an enveloped topic.
 *
 * @param id            unique per message; the consumers' idempotency key
 * @param type          the wire name of {@code data}'s type (see {@link MessageTypes})
 * @param source        the service that wrote it
 * @param subject       the aggregate it is about, e.g. an order id
 * @param userId        the user it concerns; the Kafka key, so one user's messages stay in order
 * @param correlationId follows one Telegram update or admin action through every service
 * @param causationId   the id of the message that caused this one, null for a first message
 * @param version       the schema version of {@code data}
 */
public record Envelope(UUID id, String type, String source, Instant time, String subject, UUID userId,
                       UUID correlationId, UUID causationId, int version, Message data) {

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(data, "data");
        if (!MessageTypes.of(data).name().equals(type)) {
            throw new IllegalArgumentException("type " + type + " does not match data " + data.getClass().getSimpleName());
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    /** A message that starts a new chain: its own id is its correlation id. */
    public static Envelope first(String source, UUID userId, String subject, Message data) {
        UUID id = UUID.randomUUID();
        return create(id, source, userId, subject, id, null, data);
    }

    /** A later message of an existing chain whose causing message is gone, e.g. news from a third party. */
    public static Envelope inChain(UUID correlationId, String source, UUID userId, String subject, Message data) {
        return create(UUID.randomUUID(), source, userId, subject, correlationId, null, data);
    }

    /** A message caused by {@code cause}: same user and correlation, causation = the cause's id. */
    public static Envelope causedBy(Envelope cause, String source, String subject, Message data) {
        return create(UUID.randomUUID(), source, cause.userId(), subject, cause.correlationId(), cause.id(), data);
    }

    private static Envelope create(UUID id, String source, UUID userId, String subject, UUID correlationId,
                                   UUID causationId, Message data) {
        var type = MessageTypes.of(data);
        // Postgres keeps microseconds: truncating here makes a stored and re-read envelope equal the original.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new Envelope(id, type.name(), source, now, subject, userId, correlationId, causationId,
                type.version(), data);
    }

    /** The user this message concerns; a message about a user that names none is malformed. */
    public UUID requiredUserId() {
        if (userId == null) {
            throw new MalformedMessageException(type + " " + id + " names no userId");
        }
        return userId;
    }

    /** The topic this message travels on. */
    public String topic() {
        return MessageTypes.of(data).topic();
    }

    /** The Kafka key: the user, so that everything about one user is processed in order. */
    public String key() {
        return userId != null ? userId.toString() : subject;
    }
}
