package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * The audit log's rows (schema staff): appended, never changed but once, when a forwarded action that was written
 * as 'unknown' before it was sent is settled with its owner's answer.
 */
@ApplicationScoped
public class AuditLog {
    private final Pool pool;

    AuditLog(Pool pool) {
        this.pool = pool;
    }

    /** One staff action as it was recorded; the actor's fields are null for a login that named nobody known. */
    public record Entry(UUID actorId, String actorName, String actorRole, String clientAddress, String action,
                        String target, Map<String, Object> parameters, String outcome, String detail, UUID correlationId) {
    }

    /** A forwarded action about to be sent: outcome unknown until {@link #settle}; answers its entry id. */
    public Uni<Long> begin(Entry entry, Object before, String idempotencyKey) {
        return Sql.rows(pool, "insert into staff.audit_log (actor_id, actor_name, actor_role, client_address, action, target,"
                + " parameters, outcome, detail, correlation_id, before_state, idempotency_key)"
                + " values ($1, $2, $3, $4, $5, $6, $7, 'unknown', null, $8, $9, $10) returning entry_id",
                entry.actorId(), entry.actorName(), entry.actorRole(), entry.clientAddress(), entry.action(), entry.target(),
                new JsonObject(entry.parameters()), entry.correlationId(), json(before), idempotencyKey)
                .map(rows -> rows.iterator().next().getLong("entry_id"));
    }

    /** The owner's answer to a begun action; a settled entry is never settled again. */
    public Uni<Void> settle(long entryId, String outcome, String detail, Object after) {
        return Sql.run(pool, "update staff.audit_log set outcome = $2, detail = $3, after_state = $4, settled_at = now()"
                + " where entry_id = $1 and settled_at is null", entryId, outcome, detail, json(after));
    }

    private static Object json(Object state) {
        if (state instanceof com.fasterxml.jackson.databind.JsonNode node && !node.isObject()) {
            return new JsonObject().put("value", node.toString());
        }
        return state == null ? null : JsonObject.mapFrom(state);
    }

    public Uni<Void> append(Entry entry) {
        return Sql.run(pool, "insert into staff.audit_log (actor_id, actor_name, actor_role, client_address, action, target,"
                + " parameters, outcome, detail, correlation_id) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                entry.actorId(), entry.actorName(), entry.actorRole(), entry.clientAddress(), entry.action(), entry.target(),
                new JsonObject(entry.parameters()), entry.outcome(), entry.detail(), entry.correlationId());
    }
}
