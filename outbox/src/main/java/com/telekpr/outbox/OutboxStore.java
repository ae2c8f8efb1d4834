package com.telekpr.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's SQL on the outbox table of this service's schema. */
@ApplicationScoped
class OutboxStore {
    /**
     * One relay per service publishes at a time, so rows of one key leave in insertion order even with
     * several instances running. The key is derived from the schema: services share one database.
     */
    static final String RELAY_LOCK_KEY = "hashtext(current_schema() || '.outbox-relay')";

    private final Pool pool;

    OutboxStore(Pool pool) {
        this.pool = pool;
    }

    Uni<Boolean> tryRelayLock(SqlConnection connection) {
        return connection.query("select pg_try_advisory_xact_lock(" + RELAY_LOCK_KEY + ")").execute()
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** The oldest unsent rows, locked until the caller's transaction ends. */
    Uni<List<OutboxRow>> lockUnsent(SqlConnection connection, int limit) {
        return connection.preparedQuery("select id, topic, message_key, type, payload from outbox"
                        + " where sent_at is null order by position limit $1 for update skip locked")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<OutboxRow> batch = new ArrayList<>();
                    for (Row row : rows) {
                        batch.add(new OutboxRow(row.getUUID("id"), row.getString("topic"),
                                row.getString("message_key"), row.getString("type"), row.getString("payload")));
                    }
                    return batch;
                });
    }

    Uni<Void> markSent(SqlConnection connection, List<OutboxRow> batch) {
        UUID[] ids = batch.stream().map(OutboxRow::id).toArray(UUID[]::new);
        return connection.preparedQuery("update outbox set sent_at = now(), attempts = attempts + 1 where id = any($1)")
                .execute(Tuple.of(ids)).replaceWithVoid();
    }

    /*
     * Every statement outside a caller's transaction goes through withConnection: the pool's one-shot
     * query path of Vert.x 4.5 leaves a timer behind when no connection can be had (the database away),
     * which then reports "Result is already complete".
     */

    /** Outside the failed transaction, so the failure is visible to an operator looking at the table. */
    Uni<Void> recordFailure(String error) {
        return pool.withConnection(connection -> connection.preparedQuery("update outbox"
                        + " set attempts = attempts + 1, last_error = $1"
                        + " where id = (select id from outbox where sent_at is null order by position limit 1)")
                .execute(Tuple.of(error))).replaceWithVoid();
    }

    /** How many messages wait, and how old the oldest is (0 when none wait). */
    Uni<Backlog> backlog() {
        return pool.withConnection(connection -> connection.query("select count(*),"
                        + " coalesce(extract(epoch from now() - min(created_at)), 0) from outbox where sent_at is null").execute())
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Backlog(row.getLong(0), row.getDouble(1));
                });
    }

    Uni<Integer> deleteSentBefore(Duration retention) {
        return deleteBefore("delete from outbox where sent_at < now() - make_interval(secs => $1)", retention);
    }

    /** Forgets consumed message ids older than the retention: no redelivery comes that late. */
    Uni<Integer> deleteProcessedBefore(Duration retention) {
        return deleteBefore("delete from processed_messages where processed_at < now() - make_interval(secs => $1)",
                retention);
    }

    /** Forgets the answers to Idempotency-Keys older than the retention: no caller repeats a request that late. */
    Uni<Integer> deleteIdempotencyKeysBefore(Duration retention) {
        return deleteBefore("delete from idempotency_keys where created_at < now() - make_interval(secs => $1)",
                retention);
    }

    private Uni<Integer> deleteBefore(String delete, Duration retention) {
        return pool.withConnection(connection -> connection.preparedQuery(delete)
                .execute(Tuple.of((double) retention.toSeconds()))).map(rows -> rows.rowCount());
    }

    record Backlog(long pending, double oldestAgeSeconds) {
    }
}
