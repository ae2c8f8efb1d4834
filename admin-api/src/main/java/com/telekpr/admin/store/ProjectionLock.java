package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The lock between live projection and the swap of a rebuilt copy: every live transaction holds it shared
 * from its first statement, the swap holds it alone (RebuildSchema). So no live event is recorded in the old copy and
 * applied to the new one, and the swap sees every event that live projection could still be committing.
 */
public final class ProjectionLock {
    /** An arbitrary key of Postgres' advisory locks, owned by admin-api. */
    public static final long KEY = 0x7e1e_4b70_0001L;

    private ProjectionLock() {
    }

    public static Uni<Void> shared(SqlConnection connection) {
        return Sql.run(connection, "select pg_advisory_xact_lock_shared($1)", KEY);
    }
}
