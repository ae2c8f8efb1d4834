package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** The audit log's rows (schema staff): appended, never changed. */
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

    public Uni<Void> append(Entry entry) {
        return Sql.run(pool, "insert into staff.audit_log (actor_id, actor_name, actor_role, client_address, action, target,"
                + " parameters, outcome, detail, correlation_id) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                entry.actorId(), entry.actorName(), entry.actorRole(), entry.clientAddress(), entry.action(), entry.target(),
                new JsonObject(entry.parameters()), entry.outcome(), entry.detail(), entry.correlationId());
    }
}
