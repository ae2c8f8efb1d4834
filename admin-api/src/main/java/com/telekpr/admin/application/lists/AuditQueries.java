package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit log, newest first: every staff action with who, from where, on what, and how it ended. */
@ApplicationScoped
public class AuditQueries {
    public static final Map<String, String> SORTS = Map.of("at", "a.at");

    private final Pool pool;

    AuditQueries(Pool pool) {
        this.pool = pool;
    }

    public record AuditEntry(long entryId, Instant at, UUID actorId, String actorName, String actorRole, String clientAddress,
                             String action, String target, Map<String, Object> parameters, String outcome, String detail,
                             UUID correlationId, Map<String, Object> before, Map<String, Object> after,
                             String idempotencyKey) {
        static AuditEntry of(Row row) {
            return new AuditEntry(row.getLong("entry_id"), Sql.instant(row, "at"), row.getUUID("actor_id"),
                    row.getString("actor_name"), row.getString("actor_role"), row.getString("client_address"),
                    row.getString("action"), row.getString("target"), map(row, "parameters"),
                    row.getString("outcome"), row.getString("detail"), row.getUUID("correlation_id"),
                    row.getJsonObject("before_state") == null ? null : map(row, "before_state"),
                    row.getJsonObject("after_state") == null ? null : map(row, "after_state"),
                    row.getString("idempotency_key"));
        }

        private static Map<String, Object> map(Row row, String column) {
            JsonObject object = row.getJsonObject(column);
            return object == null ? Map.of() : object.getMap();
        }
    }

    /** What the log is narrowed to; every field optional; from (inclusive) to (exclusive). */
    public record AuditFilter(UUID actorId, String action, String outcome, String clientAddress, Instant from, Instant to,
                              String text) {
    }

    public Uni<Page<AuditEntry>> entries(AuditFilter filter, PageRequest page) {
        ListQuery query = new ListQuery().where("a.actor_id = ?", filter.actorId()).where("a.action = ?", filter.action())
                .where("a.outcome = ?", filter.outcome()).where("a.client_address = ?", filter.clientAddress())
                .where("a.at >= ?", filter.from()).where("a.at < ?", filter.to())
                .matching(filter.text(), "a.actor_name", "a.target", "a.detail");
        String from = " from staff.audit_log a";
        Uni<List<AuditEntry>> items = Sql.rows(pool, "select a.*" + from + query.where()
                + query.orderAndPage(SORTS.get(page.sort()), page, "a.entry_id"), query.pageParams(page))
                .map(rows -> Sql.list(rows, AuditEntry::of));
        return Paging.withTotal(pool, items, "select count(*) as total" + from + query.where(), query.params(), page);
    }
}
